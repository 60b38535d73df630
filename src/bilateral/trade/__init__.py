"""Trade statistics: official figures (UN Comtrade's format) stored per file, turned into a pair's yearly
series, and measured against the targets and figures that reports state.

comtrade reads and validates files; series builds each side's series, the mirror and the sectors;
progress measures targets; fetch downloads from UN Comtrade when a key and a network exist.
"""
