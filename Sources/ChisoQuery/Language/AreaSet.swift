import ChisoDomain

/// The units an area name or code can denote in a query.
///
/// A query has no single date to resolve against ("area = 08" over 2023 and 2026 figures means
/// the old Tuyên Quang and the merged one), so a name or code stands for every unit it ever
/// denoted, and the period condition picks among their figures.
enum AreaSet {
    /// Longer than any area name with its prefix ("Thành phố Hồ Chí Minh" is 21): such a value
    /// is refused before it is folded and compared once per validity date.
    static let maximumLength = 200

    static func ids(denotedBy text: String, in directory: AreaDirectory) throws(AreaLookupError) -> [String] {
        guard text.count <= maximumLength else {
            throw AreaLookupError(input: text, message: "unknown area '\(text.prefix(20))…': \(text.count) characters is longer than any area name")
        }
        var ids: [String] = []
        func add(_ id: String) { if !ids.contains(id) { ids.append(id) } }
        // One date inside each unit's validity: resolving on each finds every unit the text
        // meant at some time, with the directory's own rules for codes, names and aliases.
        let today = CalendarDate.today()
        let dates = Set(directory.records.map { $0.validTo ?? $0.validFrom ?? today })
        for date in dates.sorted() {
            if let record = try? directory.resolve(text, on: date) { add(record.id) }
        }
        // Units sharing a name on the same day make that day ambiguous: match names directly too.
        let key = VietnameseText.foldForMatching(text)
        for record in directory.records {
            let names = [record.name] + record.aliases + (record.officialName.map { [$0] } ?? [])
            if names.contains(where: { VietnameseText.foldForMatching($0) == key }) { add(record.id) }
        }
        if ids.isEmpty {
            add(try directory.resolve(text, on: nil).id)
        }
        return ids
    }
}
