"""Jointly calculator: screening for spouses who filed a joint U.S. tax return."""
