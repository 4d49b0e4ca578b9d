package dev.annalist.kb.time;

/** How precise a date is: a day, part of a month (early/mid/late), a month or a year. */
public enum Granularity { DAY, PART_OF_MONTH, MONTH, YEAR }
