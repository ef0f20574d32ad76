/// Where each of the 63 provinces' capitals (tỉnh lỵ) lies, in degrees: the public facts the
/// tile maps are laid out from (`TileLayout`). The 34 units formed on 2025-07-01 are placed at
/// their seat, which is the capital of the former province whose code they kept
/// (`provinces_34.csv`: "political-administrative centre in former X"), so one table serves
/// both maps.
///
/// Source: the coordinates of each capital city as published by GeoNames and Wikipedia
/// (rounded to 0.01°, about 1 km — far finer than a tile). Documented in docs/charts.md.
package enum ProvinceCapitals {
    package struct Capital: Sendable, Equatable {
        /// The two-digit GSO code of the province (before 2025-07-01).
        package let code: String
        package let city: String
        package let latitude: Double
        package let longitude: Double
    }

    /// The capital of the province with this GSO code, or nil.
    package static func capital(of code: String) -> Capital? { all.first { $0.code == code } }

    package static let all: [Capital] = [
        .init(code: "01", city: "Hà Nội", latitude: 21.03, longitude: 105.85),
        .init(code: "02", city: "Hà Giang", latitude: 22.82, longitude: 104.98),
        .init(code: "04", city: "Cao Bằng", latitude: 22.67, longitude: 106.26),
        .init(code: "06", city: "Bắc Kạn", latitude: 22.15, longitude: 105.83),
        .init(code: "08", city: "Tuyên Quang", latitude: 21.82, longitude: 105.21),
        .init(code: "10", city: "Lào Cai", latitude: 22.48, longitude: 103.97),
        .init(code: "11", city: "Điện Biên Phủ", latitude: 21.39, longitude: 103.02),
        .init(code: "12", city: "Lai Châu", latitude: 22.40, longitude: 103.46),
        .init(code: "14", city: "Sơn La", latitude: 21.33, longitude: 103.91),
        .init(code: "15", city: "Yên Bái", latitude: 21.72, longitude: 104.91),
        .init(code: "17", city: "Hòa Bình", latitude: 20.82, longitude: 105.34),
        .init(code: "19", city: "Thái Nguyên", latitude: 21.59, longitude: 105.85),
        .init(code: "20", city: "Lạng Sơn", latitude: 21.85, longitude: 106.76),
        .init(code: "22", city: "Hạ Long", latitude: 20.95, longitude: 107.08),
        .init(code: "24", city: "Bắc Giang", latitude: 21.27, longitude: 106.19),
        .init(code: "25", city: "Việt Trì", latitude: 21.32, longitude: 105.40),
        .init(code: "26", city: "Vĩnh Yên", latitude: 21.31, longitude: 105.60),
        .init(code: "27", city: "Bắc Ninh", latitude: 21.19, longitude: 106.07),
        .init(code: "30", city: "Hải Dương", latitude: 20.94, longitude: 106.33),
        .init(code: "31", city: "Hải Phòng", latitude: 20.86, longitude: 106.68),
        .init(code: "33", city: "Hưng Yên", latitude: 20.65, longitude: 106.05),
        .init(code: "34", city: "Thái Bình", latitude: 20.45, longitude: 106.34),
        .init(code: "35", city: "Phủ Lý", latitude: 20.54, longitude: 105.91),
        .init(code: "36", city: "Nam Định", latitude: 20.43, longitude: 106.17),
        .init(code: "37", city: "Ninh Bình", latitude: 20.25, longitude: 105.97),
        .init(code: "38", city: "Thanh Hóa", latitude: 19.81, longitude: 105.78),
        .init(code: "40", city: "Vinh", latitude: 18.68, longitude: 105.68),
        .init(code: "42", city: "Hà Tĩnh", latitude: 18.34, longitude: 105.91),
        .init(code: "44", city: "Đồng Hới", latitude: 17.47, longitude: 106.62),
        .init(code: "45", city: "Đông Hà", latitude: 16.82, longitude: 107.10),
        .init(code: "46", city: "Huế", latitude: 16.46, longitude: 107.60),
        .init(code: "48", city: "Đà Nẵng", latitude: 16.05, longitude: 108.20),
        .init(code: "49", city: "Tam Kỳ", latitude: 15.57, longitude: 108.47),
        .init(code: "51", city: "Quảng Ngãi", latitude: 15.12, longitude: 108.80),
        .init(code: "52", city: "Quy Nhơn", latitude: 13.78, longitude: 109.22),
        .init(code: "54", city: "Tuy Hòa", latitude: 13.09, longitude: 109.30),
        .init(code: "56", city: "Nha Trang", latitude: 12.24, longitude: 109.19),
        .init(code: "58", city: "Phan Rang–Tháp Chàm", latitude: 11.56, longitude: 108.99),
        .init(code: "60", city: "Phan Thiết", latitude: 10.93, longitude: 108.10),
        .init(code: "62", city: "Kon Tum", latitude: 14.35, longitude: 108.00),
        .init(code: "64", city: "Pleiku", latitude: 13.98, longitude: 108.00),
        .init(code: "66", city: "Buôn Ma Thuột", latitude: 12.67, longitude: 108.04),
        .init(code: "67", city: "Gia Nghĩa", latitude: 12.00, longitude: 107.69),
        .init(code: "68", city: "Đà Lạt", latitude: 11.94, longitude: 108.44),
        .init(code: "70", city: "Đồng Xoài", latitude: 11.54, longitude: 106.89),
        .init(code: "72", city: "Tây Ninh", latitude: 11.31, longitude: 106.10),
        .init(code: "74", city: "Thủ Dầu Một", latitude: 10.98, longitude: 106.65),
        .init(code: "75", city: "Biên Hòa", latitude: 10.95, longitude: 106.82),
        .init(code: "77", city: "Bà Rịa", latitude: 10.50, longitude: 107.17),
        .init(code: "79", city: "Thành phố Hồ Chí Minh", latitude: 10.78, longitude: 106.70),
        .init(code: "80", city: "Tân An", latitude: 10.54, longitude: 106.41),
        .init(code: "82", city: "Mỹ Tho", latitude: 10.36, longitude: 106.36),
        .init(code: "83", city: "Bến Tre", latitude: 10.24, longitude: 106.38),
        .init(code: "84", city: "Trà Vinh", latitude: 9.93, longitude: 106.35),
        .init(code: "86", city: "Vĩnh Long", latitude: 10.25, longitude: 105.97),
        .init(code: "87", city: "Cao Lãnh", latitude: 10.46, longitude: 105.63),
        .init(code: "89", city: "Long Xuyên", latitude: 10.39, longitude: 105.44),
        .init(code: "91", city: "Rạch Giá", latitude: 10.01, longitude: 105.08),
        .init(code: "92", city: "Cần Thơ", latitude: 10.03, longitude: 105.78),
        .init(code: "93", city: "Vị Thanh", latitude: 9.78, longitude: 105.47),
        .init(code: "94", city: "Sóc Trăng", latitude: 9.60, longitude: 105.97),
        .init(code: "95", city: "Bạc Liêu", latitude: 9.29, longitude: 105.72),
        .init(code: "96", city: "Cà Mau", latitude: 9.18, longitude: 105.15),
    ]
}
