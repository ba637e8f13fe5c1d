package org.techan.wholesale;

/** What a member may do for their organisation; a member holds one or more. */
public enum MemberRole {
    /** Places orders. */
    BUYER,
    /** Approves orders above the organisation's threshold. */
    APPROVER,
    /** Manages the members and the organisation's details. */
    ADMIN
}
