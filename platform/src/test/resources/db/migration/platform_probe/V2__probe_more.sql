INSERT INTO platform_probe (name) VALUES ('Tea');
