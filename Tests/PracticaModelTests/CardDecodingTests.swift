import PracticaCore
import PracticaModel
import Testing

@Suite("Practice cards")
struct CardDecodingTests {
    static let fullCard = """
        ---
        title: Клуб приемных семей
        summary: Поддержка замещающих семей.
        question: Как поддержать замещающие семьи?
        topics: [child-protection, foster-care]
        audience: [parents]
        goal: Поддержка семей
        tasks: [Создать пространство, Проводить мероприятия]
        organization: Фонд
        regions: [moscow]
        implementation_time: 6 months
        preparation_time: 6+ months
        cost: {from: 1000000, to: 10000000, currency: RUB, note: в год}
        results:
          - {value: 91%, text: родителей отметили рост ресурсности}
          - текст без значения
        stages:
          - {title: Подготовка, duration: 6+ months, text: Команда}
          - {title: Запуск}
        replication: [join, analog]
        evidence: evaluated
        contacts:
          - {name: Клуб, email: club@example.org, url: https://example.org}
        created: 2023-11-15
        updated: 2024-01-02
        ---
        ## Описание
        Текст.
        """

    @Test("every key of the contract is read into typed values")
    func fullCardDecodes() throws {
        var site = ModelTestSite()
        site.add("practices/foster-family-club/ru.md", Self.fullCard)
        let (content, diagnostics) = site.read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let card = try #require(content.practice("foster-family-club")?.version(in: "ru"))
        #expect(card.title == "Клуб приемных семей")
        #expect(card.topics == ["child-protection", "foster-care"])
        #expect(card.tasks.count == 2)
        #expect(card.implementationTime == Duration(lower: 6, unit: .months))
        #expect(card.preparationTime?.openEnded == true)
        #expect(card.cost == Cost(from: 1_000_000, to: 10_000_000, currency: "RUB", note: "в год"))
        #expect(card.results.map(\.percent) == [91, nil])
        #expect(card.results[1].text == "текст без значения")
        #expect(card.stages.map(\.title) == ["Подготовка", "Запуск"])
        #expect(card.stages[0].duration?.openEnded == true)
        #expect(card.replication == [.join, .analog])
        #expect(card.contacts.first?.email == "club@example.org")
        #expect(card.created == "2023-11-15")
        #expect(card.body.html.contains("Описание"))
    }

    @Test("a result's share is read with or without spaces and with a decimal comma or point")
    func resultPercent() {
        let values = ["91%", " 91 %", "12,5%", "\t7.25 %", "n/a%", "91", "%"]
        #expect(values.map { PracticeResult(value: $0, text: "").percent } == [91, 91, 12.5, 7.25, nil, nil, nil])
    }

    @Test("missing required keys are errors at the start of the front matter")
    func requiredKeys() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", "---\norganization: X\n---\n")
        #expect(site.messages() == [
            "content/practices/a/en.md:1:1: error: missing required key 'summary'",
            "content/practices/a/en.md:1:1: error: missing required key 'title'",
            "content/practices/a/en.md:1:1: error: missing required key 'topics'",
        ])
    }

    @Test("a required key whose value is only blanks, line breaks or no-break spaces is an error at its key")
    func blankRequiredValues() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", "---\ntitle: \"\\u00A0 \\t\"\nsummary: |\n  \n\ntopics: [x]\n---\n")
        #expect(site.messages().filter { $0.contains("is empty") } == [
            "content/practices/a/en.md:2:1: error: 'title' is empty",
            "content/practices/a/en.md:3:1: error: 'summary' is empty",
        ])
    }

    @Test("each malformed field is reported at its own line, all in one run")
    func fieldErrors() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", """
            ---
            title: A
            summmary: B
            topics: [foster-kare]
            implementation_time: six months
            cost: {from: 10, to: 5, currency: RUR}
            created: 2023-02-30
            replication: [joint]
            updated: 1.2.2024
            ---
            """)
        #expect(site.messages() == [
            "content/practices/a/en.md:1:1: error: missing required key 'summary'",
            "content/practices/a/en.md:3:1: error: unknown key 'summmary' (did you mean 'summary'?)",
            "content/practices/a/en.md:4:10: error: unknown topic 'foster-kare' (did you mean 'foster-care'?)",
            "content/practices/a/en.md:5:22: error: bad duration 'six months' in 'implementation_time' (write '6 months', '6-12 months', '6+ months', '2 years', '12 weeks', '10 days' or P6M)",
            "content/practices/a/en.md:6:14: error: cost from (10) is greater than to (5)",
            "content/practices/a/en.md:6:35: error: unknown currency 'RUR' (did you mean 'RUB'?)",
            "content/practices/a/en.md:7:10: error: 'created' is 2023-02-30, a day the calendar does not have (check the month and the day)",
            "content/practices/a/en.md:8:15: error: unknown replication way 'joint' (did you mean 'join'?)",
            "content/practices/a/en.md:9:10: error: 'updated' must be a date YYYY-MM-DD, found '1.2.2024'",
        ])
    }

    @Test("a summary over 300 characters is an error")
    func longSummary() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", "---\ntitle: A\nsummary: \(String(repeating: "x", count: 301))\ntopics: [foster-care]\n---\n")
        #expect(site.messages() == [
            "content/practices/a/en.md:3:1: error: summary is 301 characters, over the limit of 300 (shorten it; the body holds the details)"
        ])
    }

    @Test("a YAML syntax error names the file line inside the front matter")
    func yamlError() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", "---\ntitle: A\nsummary: [x\n---\n")
        let messages = site.messages()
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/practices/a/en.md:") == true)
        #expect(messages.first?.contains("error: invalid YAML") == true)
    }

    @Test("drafts are left out unless asked for")
    func drafts() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", "---\ntitle: A\nsummary: B\ntopics: [foster-care]\ndraft: true\n---\n")
        #expect(site.read().0.practices.isEmpty)
        #expect(site.read(drafts: true).0.practices.map(\.id) == ["a"])
    }
}
