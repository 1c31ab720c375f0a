import Foundation
import Testing

/// Every field of the fully filled card reaches its page, formatted for the page's language.
@Suite("Practice page fields")
struct PracticeFieldsTests {
    /// What the fully filled card's page must show, per language; HTML as rendered.
    struct Expected: Sendable, CustomTestStringConvertible {
        var language: String
        var title: String
        var summary: String
        var question: String
        var goal: String
        var tasks: [String]
        var organization: String
        var cost: String
        var costNote: String
        var implementationTime: String
        var preparationTime: String
        var results: [(value: String?, text: String)]
        var stages: [(title: String, duration: String, text: String)]
        var replication: [String]
        var model: (href: String, title: String)
        var related: [(href: String, title: String)]
        var contact: [String]
        var created: String
        var updated: String
        var labels: [String]
        var testDescription: String { language }
    }

    static let english = Expected(
        language: "en", title: "Family Club",
        summary: "A weekly club where parents and foster children meet peers and specialists to build their strength.",
        question: "How can families keep their strength through hard times?",
        goal: "Strengthen families by giving them a safe place to meet.",
        tasks: ["Hold a weekly meeting for parents", "Train volunteers as group leaders", "Connect families with specialists"],
        organization: "Family Club Foundation", cost: "€5,000 – €50,000", costNote: "Mostly staff salaries",
        implementationTime: "6–12 months", preparationTime: "3+ months",
        results: [("91%", "of parents felt stronger after a year"), ("300+", "families take part every year"), (nil, "A community of families formed around the club")],
        stages: [("Preparation", "2 weeks", "Find a room and a leader."), ("Launch", "3 months", "Open the club and invite families."), ("Growth", "1 year", "Add peer groups.")],
        replication: ["Join the current project", "Create an analog", "Training"],
        model: ("/en/models/family-model/", "The Family Club model"),
        related: [("/ru/practices/moscow-hub/", "Ассоциация приемных родителей"), ("/he/practices/haifa-circle/", "בית חם בחיפה")],
        contact: ["Anna Petrova", #"<a href="mailto:anna@example.test">anna@example.test</a>"#, #"<a href="https://club.example.test/" rel="nofollow">https://club.example.test/</a>"#],
        created: #"Published: <time datetime="2023-11-15">November 15, 2023</time>"#,
        updated: #"Updated: <time datetime="2024-02-01">February 1, 2024</time>"#,
        labels: ["Sofia", "Moscow", "Parents", "Foster children", "Family support", "Child protection", "Non-profit organisations", "Government", "Evaluated"])

    static let russian = Expected(
        language: "ru", title: "Семейный клуб",
        summary: "Еженедельный клуб, где родители и приемные дети встречаются с другими семьями и специалистами.",
        question: "Как семьям сохранить силы в трудные времена?",
        goal: "Поддержать семьи, дав им безопасное место для встреч.",
        tasks: ["Проводить еженедельные встречи родителей", "Обучать волонтеров вести группы", "Знакомить семьи со специалистами"],
        organization: "Фонд «Семейный клуб»", cost: "1\u{A0}000\u{A0}000 – 10\u{A0}000\u{A0}000\u{A0}₽", costNote: "В основном зарплаты сотрудников",
        implementationTime: "6–12 месяцев", preparationTime: "от 3 месяцев",
        results: [("91%", "родителей почувствовали себя сильнее через год"), ("300+", "семей участвуют каждый год"), (nil, "Вокруг клуба сложилось сообщество семей")],
        stages: [("Подготовка", "2 недели", "Найти помещение и ведущего."), ("Запуск", "3 месяца", "Открыть клуб и пригласить семьи."), ("Развитие", "1 год", "Добавить группы взаимной поддержки.")],
        replication: ["Присоединиться к текущему проекту", "Создать аналог", "Обучение"],
        model: ("/ru/models/family-model/", "Модель семейного клуба"),
        related: [("/ru/practices/moscow-hub/", "Ассоциация приемных родителей"), ("/he/practices/haifa-circle/", "בית חם בחיפה")],
        contact: ["Анна Петрова", #"<a href="mailto:anna@example.test">anna@example.test</a>"#, #"<a href="https://club.example.test/" rel="nofollow">https://club.example.test/</a>"#],
        created: #"Дата создания: <time datetime="2023-11-15">15 ноября 2023\#u{A0}г.</time>"#,
        updated: #"Обновлено: <time datetime="2024-02-01">1 февраля 2024\#u{A0}г.</time>"#,
        labels: ["София", "Москва", "Родители", "Приемные дети", "Поддержка семьи", "Защита детства", "Некоммерческие организации", "Государство", "Есть оценка эффективности"])

    static func page(_ expected: Expected) throws -> String {
        mainContent(of: try MiniBuild.output().text("\(expected.language)/practices/family-club/index.html"))
    }

    @Test("title, summary, question, goal, tasks and organization appear", arguments: [english, russian])
    func texts(expected: Expected) throws {
        let html = try Self.page(expected)
        #expect(html.contains("<h1>\(htmlEscaped(expected.title))</h1>"))
        #expect(html.contains(#"<p class="lead">\#(htmlEscaped(expected.summary))</p>"#))
        #expect(html.contains("</strong> \(htmlEscaped(expected.question))</p>"))
        #expect(html.contains("<p>\(htmlEscaped(expected.goal))</p>"))
        let tasks = captures("<li>([^<]*)</li>", in: firstCapture("<ul>((?:<li>[^<]*</li>)+)</ul>", in: html) ?? "").map { $0[0] }
        #expect(tasks == expected.tasks.map(htmlEscaped))
        #expect(html.contains("<dd>\(htmlEscaped(expected.organization))</dd>"))
    }

    @Test("cost is formatted as money in the page's language, with its note", arguments: [english, russian])
    func cost(expected: Expected) throws {
        let html = try Self.page(expected)
        #expect(html.contains("<bdi>\(expected.cost)</bdi><br><small>\(htmlEscaped(expected.costNote))</small>"))
    }

    @Test("durations are written in words of the page's language", arguments: [english, russian])
    func durations(expected: Expected) throws {
        let html = try Self.page(expected)
        #expect(html.contains("<bdi>\(expected.implementationTime)</bdi>"))
        #expect(html.contains("<bdi>\(expected.preparationTime)</bdi>"))
    }

    @Test("every result appears in order, with its value where given", arguments: [english, russian])
    func results(expected: Expected) throws {
        let list = try #require(firstCapture(#"<ul class="results">(.*?)</ul>"#, in: try Self.page(expected), options: .dotMatchesLineSeparators))
        let items = captures("<li>(.*?)</li>", in: list).map { $0[0] }
        #expect(items.count == expected.results.count)
        for (item, result) in zip(items, expected.results) {
            let value = result.value.map { #"<span class="result-value"><bdi>\#($0)</bdi></span> "# } ?? ""
            #expect(item == value + #"<span class="result-text">\#(htmlEscaped(result.text))</span>"#)
        }
    }

    @Test("every stage appears in order with its duration in words and its text", arguments: [english, russian])
    func stages(expected: Expected) throws {
        let list = try #require(firstCapture(#"<ol class="stages">(.*?)</ol>"#, in: try Self.page(expected), options: .dotMatchesLineSeparators))
        let items = captures(#"<li><h3>([^<]*) <span class="muted">\(<bdi>([^<]*)</bdi>\)</span></h3><p>([^<]*)</p></li>"#, in: list)
        #expect(items == expected.stages.map { [htmlEscaped($0.title), $0.duration, htmlEscaped($0.text)] })
    }

    @Test("replication ways appear with their labels in the page's language", arguments: [english, russian])
    func replication(expected: Expected) throws {
        let html = try Self.page(expected)
        #expect(html.contains("<ul>" + expected.replication.map { "<li>\($0)</li>" }.joined() + "</ul>"))
    }

    @Test("the model and related practices are linked", arguments: [english, russian])
    func links(expected: Expected) throws {
        let html = try Self.page(expected)
        #expect(html.contains(#"<a href="\#(expected.model.href)""#) && html.contains(">\(expected.model.title)</a>"))
        for related in expected.related {
            #expect(firstCapture(#"(<a href="\#(literal(related.href))"[^>]*>\#(literal(related.title))</a>)"#, in: html) != nil, "\(related)")
        }
    }

    @Test("contacts and both dates appear, dates written in the page's language", arguments: [english, russian])
    func contactsAndDates(expected: Expected) throws {
        let html = try Self.page(expected)
        let contacts = try #require(firstCapture(#"<ul><li>([^<]*<a href="mailto:.*?)</li></ul>"#, in: html))
        #expect(contacts == expected.contact.joined(separator: " "))
        #expect(html.contains(expected.created))
        #expect(html.contains(expected.updated))
    }

    @Test("taxonomy terms appear with their labels in the page's language, linked to their term pages", arguments: [english, russian])
    func taxonomyLabels(expected: Expected) throws {
        let html = try Self.page(expected)
        for label in expected.labels {
            let link = firstCapture(#"<a (?:class="chip" )?href="(/\#(expected.language)/[a-z]+/[a-z-]+/)">\#(literal(label))</a>"#, in: html)
            #expect(link != nil, "no link for \(label)")
        }
        #expect(html.contains(#"<dd><a href="/\#(expected.language)/regions/sofia/">"#), "first region fact")
    }

    @Test("the Markdown body is rendered below the fields")
    func body() throws {
        let html = try Self.page(Self.english)
        #expect(html.contains(#"<section class="body"><h2 id="how-the-club-works">How the club works</h2>"#))
    }
}
