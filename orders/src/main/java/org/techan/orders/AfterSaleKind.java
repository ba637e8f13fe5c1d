package org.techan.orders;

/** What a buyer asks for after a sale: money back only, or to send the goods back for their money. */
public enum AfterSaleKind {
    REFUND,
    RETURN
}
