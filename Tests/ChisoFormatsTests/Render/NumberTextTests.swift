import Testing
import ChisoDomain
@testable import ChisoFormats

@Suite struct NumberTextTests {
    @Test(arguments: [
        (42.06, "42.06"),
        (1824.0, "1824"),
        (0.1 + 0.2, "0.3"),
        (-0.0, "0"),
        (-3.0, "-3"),
        (-42.5, "-42.5"),
        (0.00001, "0.00001"),
        (1.5e-7, "0.00000015"),
        (1e-12, "1e-12"),           // a value, not noise: never shown as 0
        (58.52, "58.52"),
        (1e16, "10000000000000000"),
        (123456789.12345679, "123456789.12345679"),
        (2.5e20, "250000000000000000000"),
        (Double.nan, "NaN"),
        (-Double.infinity, "-inf"),
    ])
    func printsPlain(value: Double, expected: String) {
        #expect(NumberText.plain(value) == expected)
    }

    @Test(arguments: [
        ("1e-05", "0.00001"),
        ("-1.25e-05", "-0.0000125"),
        ("1.5e+20", "150000000000000000000"),
        ("4.2", "4.2"),
    ])
    func expandsExponent(text: String, expected: String) {
        #expect(MachineNumber.expandExponent(text) == expected)
    }
}
