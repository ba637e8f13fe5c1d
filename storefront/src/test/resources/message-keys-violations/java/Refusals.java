// Fixture for MessageKeysTest: not compiled.
class Refusals {
    void refuse(int count) {
        if (count > 10) throw new RuleViolationException("synthetic.count.invalid", 10);
        if (count < 0) throw new ConflictException("order.too-late");
        String setting = "techan.demo-data.enabled";
        String label = "order.paid";
        String key = "vegetable." + count;
    }
}
