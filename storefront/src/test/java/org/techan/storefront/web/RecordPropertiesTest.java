package org.techan.storefront.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import ognl.Ognl;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordPropertiesTest {

    /** Package-private, as the pages' own view records are. */
    record Shelf(String titleZh, BigDecimal price, List<String> grades, boolean fresh) {

        String getLabel() {
            return titleZh + " ¥" + price;
        }

        public boolean isOnSale() {
            return !grades.isEmpty();
        }
    }

    @BeforeAll
    static void installed() {
        RecordProperties.install();
    }

    @Test
    void ognlReadsEveryRecordThroughIt() throws OgnlException {
        assertThat(OgnlRuntime.getPropertyAccessor(Shelf.class)).isInstanceOf(RecordProperties.class);
        assertThat(OgnlRuntime.getPropertyAccessor(String.class)).isNotInstanceOf(RecordProperties.class);
    }

    @Test
    void readsComponentsGettersAndIsMethodsOfRecords() throws OgnlException {
        Shelf shelf = new Shelf("洛宁苹果", new BigDecimal("39.90"), List.of("特级", "一级"), true);

        assertThat(read("titleZh", shelf)).isEqualTo("洛宁苹果");
        assertThat(read("price", shelf)).isEqualTo(new BigDecimal("39.90"));
        assertThat(read("grades.size()", shelf)).isEqualTo(2);
        assertThat(read("grades[1]", shelf)).isEqualTo("一级");
        assertThat(read("fresh", shelf)).isEqualTo(true);
        assertThat(read("onSale", shelf)).isEqualTo(true);
    }

    @Test
    void leavesWhatARecordDoesNotHaveToOgnl() {
        Shelf shelf = new Shelf("洛宁苹果", BigDecimal.ONE, List.of(), false);

        assertThatThrownBy(() -> read("label", shelf))
                .as("a package-private getter is no property, as before")
                .isInstanceOf(OgnlException.class);
        assertThatThrownBy(() -> read("nothingLikeThis", shelf)).isInstanceOf(OgnlException.class);
    }

    private static Object read(String expression, Object root) throws OgnlException {
        OgnlContext context = (OgnlContext) Ognl.createDefaultContext(root);
        return Ognl.getValue(expression, context, root);
    }
}
