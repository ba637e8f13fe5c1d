package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** From {@code minPacks} packs on, each pack costs {@code unitPrice} (as 1688 shows them: ≥10 箱 ¥x). */
@Serdeable
public record PriceTier(int minPacks, BigDecimal unitPrice) {}
