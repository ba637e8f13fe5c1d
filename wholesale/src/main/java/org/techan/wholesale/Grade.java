package org.techan.wholesale;

/** A produce grade as the standard the offer names defines it: 特级, 一级, 二级. */
public enum Grade {
    SPECIAL,
    FIRST,
    SECOND
}
