internal import CLibXML2
import Foundation

/// The article text of a saved web page, paragraph by paragraph: the headline, the lead and
/// the body's paragraphs, without menus, navigation, the site's header and footer, scripts,
/// styles, forms, share buttons or lists of related news.
///
/// libxml2's HTML parser reads the page as browsers do (unclosed tags, entities, the charset of
/// its `<meta>`; https://gnome.pages.gitlab.gnome.org/libxml2/html/libxml-HTMLparser.html) into
/// a tree; the tree is held whole, so memory is bounded by the page's size (a 4 MB page costs
/// about 16 MB more than its text), not streamed. The article is the element whose paragraphs hold the most text (a
/// readability-style score: a paragraph's length counts for its parent and half for its
/// grandparent), widened to its `<article>` when it has one, with sibling blocks that score
/// at least a fifth as much. libxml2 caps nesting at 256 levels, which bounds the recursion.
package enum HTMLText {
    /// Calls `emit` with each paragraph of the article, in order.
    package static func paragraphs(of bytes: [UInt8], name: String, emit: ([UInt8]) throws -> Void) throws {
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        // A page without a charset would be read as Latin-1 (the HTML 4 default); bytes that are
        // valid UTF-8 with letters beyond ASCII are UTF-8, whatever an old <meta> claims.
        let encoding: String? = bytes.contains(where: { $0 >= 0x80 }) && String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        guard let document else {
            throw DocumentError(file: name, message: "not a readable web page (libxml2 found no HTML in it)")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw DocumentError(file: name, message: "not a readable web page (no HTML elements)")
        }
        let body = firstElement(named: "body", in: root) ?? root
        var page = Page()
        page.score(body, inArticle: false)
        guard let best = page.scores.max(by: { $0.value < $1.value || ($0.value == $1.value && page.order[$0.key, default: 0] > page.order[$1.key, default: 0]) })?.key else {
            // No paragraphs at all: the whole body, minus the boilerplate, is the text.
            var builder = ParagraphBuilder()
            try walk(body, &builder, inArticle: false, inCell: false, emit: emit)
            if let last = builder.take() { try emit(last) }
            return
        }
        var article = best
        var up = best.pointee.parent
        while let node = up, node.pointee.type == XML_ELEMENT_NODE {
            if elementName(node) == "article" { article = node; break }
            up = node.pointee.parent
        }
        // Blocks beside the article that score well are its continuation (a body split in parts).
        var parts = [article]
        if article == best, let parent = best.pointee.parent {
            let threshold = page.scores[best, default: 0] / 5
            parts = children(of: parent).filter { $0 == best || (page.scores[$0] ?? 0) >= max(threshold, 1) }
        }
        var builder = ParagraphBuilder()
        // The headline and the lead, when the page keeps them outside the article's element.
        if let headline = page.headline, !parts.contains(where: { contains($0, headline) }) {
            try walk(headline, &builder, inArticle: true, inCell: false, emit: emit, selfIncluded: true)
        }
        if let lead = page.lead, !parts.contains(where: { contains($0, lead) }) {
            try walk(lead, &builder, inArticle: true, inCell: false, emit: emit, selfIncluded: true)
        }
        for part in parts {
            try walk(part, &builder, inArticle: true, inCell: false, emit: emit, selfIncluded: true)
        }
        if let last = builder.take() { try emit(last) }
    }

    typealias Node = UnsafeMutablePointer<xmlNode>

    /// Elements that start and end a paragraph.
    private static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "section",
        "article", "main", "pre", "table", "tr", "thead", "tbody", "tfoot", "caption", "figure", "figcaption",
        "header", "footer", "address", "hr", "center", "details", "summary",
    ]
    /// Elements that are never article text.
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "nav", "aside", "form", "iframe", "svg", "button", "select", "option",
        "template", "object", "embed", "canvas", "menu", "input", "textarea", "head", "title", "meta", "link",
        "video", "audio", "map", "dialog",
    ]
    private static let skippedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "toolbar",
    ]
    /// Words of a class or id that mark a site's furniture …
    private static let furniture: Set<String> = [
        "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "sidebar", "share", "sharing",
        "social", "comment", "comments", "related", "relate", "banner", "advert", "advertisement", "ads", "ad",
        "cookie", "cookies", "subscribe", "newsletter", "widget", "topbar", "toolbar", "pagination", "login",
        "popup", "modal", "tags", "tag", "copyright", "masthead", "header", "logo", "search",
        "hotnews", "mostread", "morenews", "tinlienquan", "tinkhac",
    ]
    /// … unless they also say the element holds the article.
    private static let content: Set<String> = ["content", "article", "detail", "body", "post", "story", "entry", "main", "text"]
    private static let leads: Set<String> = ["sapo", "summary", "lead", "description", "excerpt", "intro", "chapeau", "teaser", "abstract"]

    /// The paragraph scores of a page's elements, its headline and its lead.
    private struct Page {
        var scores: [Node: Int] = [:]
        var order: [Node: Int] = [:]
        var headline: Node?
        var lead: Node?
        private var counter = 0

        mutating func score(_ node: Node, inArticle: Bool) {
            for child in children(of: node) where child.pointee.type == XML_ELEMENT_NODE {
                let name = elementName(child)
                guard !isFurniture(child, name: name, inArticle: inArticle) else { continue }
                counter += 1
                order[child] = counter
                if name == "h1", headline == nil { headline = child }
                if lead == nil, tokens(child).contains(where: { HTMLText.leads.contains($0) }) { lead = child }
                if name == "p" || name == "pre" || name == "blockquote" || (name == "div" || name == "td") && hasOwnText(child) {
                    let length = textLength(child)
                    if length >= 20, let parent = child.pointee.parent {
                        scores[parent, default: 0] += length
                        if let grandparent = parent.pointee.parent, grandparent.pointee.type == XML_ELEMENT_NODE {
                            scores[grandparent, default: 0] += length / 2
                        }
                    }
                }
                score(child, inArticle: inArticle || name == "article" || name == "main")
            }
        }
    }

    /// Appends the text under `node` to `builder`, handing out each finished paragraph.
    private static func walk(_ node: Node, _ builder: inout ParagraphBuilder, inArticle: Bool, inCell: Bool,
                             emit: ([UInt8]) throws -> Void, selfIncluded: Bool = false) throws {
        if selfIncluded {
            let name = elementName(node)
            let block = blocks.contains(name) && !inCell
            if block, let text = builder.take() { try emit(text) }
            try walk(node, &builder, inArticle: inArticle || name == "article", inCell: inCell, emit: emit)
            if block, let text = builder.take() { try emit(text) }
            return
        }
        for child in children(of: node) {
            switch child.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = child.pointee.content { builder.append(UnsafeBufferPointer(start: content, count: strlen(content))) }
            case XML_ELEMENT_NODE:
                let name = elementName(child)
                if isFurniture(child, name: name, inArticle: inArticle) { continue }
                let nested = inArticle || name == "article" || name == "main"
                if name == "br" {
                    if inCell { builder.append(" ") } else if let text = builder.take() { try emit(text) }
                } else if name == "td" || name == "th" {
                    try walk(child, &builder, inArticle: nested, inCell: true, emit: emit)
                    builder.endCell()
                } else if blocks.contains(name), !inCell {
                    if let text = builder.take() { try emit(text) }
                    try walk(child, &builder, inArticle: nested, inCell: false, emit: emit)
                    if let text = builder.take() { try emit(text) }
                } else {
                    if blocks.contains(name) { builder.append(" ") }
                    try walk(child, &builder, inArticle: nested, inCell: inCell, emit: emit)
                    if blocks.contains(name) { builder.append(" ") }
                }
            default:
                continue
            }
        }
    }

    private static func isFurniture(_ node: Node, name: String, inArticle: Bool) -> Bool {
        if skipped.contains(name) { return true }
        if (name == "header" || name == "footer") && !inArticle { return true }
        if let role = attribute("role", of: node)?.lowercased(), skippedRoles.contains(role) { return true }
        if attribute("hidden", of: node) != nil || attribute("aria-hidden", of: node)?.lowercased() == "true" { return true }
        if let style = attribute("style", of: node)?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        let words = tokens(node)
        return words.contains(where: { furniture.contains($0) }) && !words.contains(where: { content.contains($0) || leads.contains($0) })
    }

    /// The words of an element's class and id ("detail-content main" → detail, content, main).
    private static func tokens(_ node: Node) -> [String] {
        [attribute("class", of: node), attribute("id", of: node)].compactMap { $0 }.flatMap {
            $0.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        }
    }

    private static func attribute(_ name: String, of node: Node) -> String? {
        var attribute = node.pointee.properties
        while let a = attribute {
            if let n = a.pointee.name, String(cString: n).lowercased() == name {
                var text = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { text += String(cString: content) }
                    child = c.pointee.next
                }
                return text
            }
            attribute = a.pointee.next
        }
        return nil
    }

    private static func elementName(_ node: Node) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    private static func children(of node: Node) -> [Node] {
        var result: [Node] = []
        var child = node.pointee.children
        while let c = child {
            result.append(c)
            child = c.pointee.next
        }
        return result
    }

    private static func firstElement(named name: String, in node: Node) -> Node? {
        for child in children(of: node) where child.pointee.type == XML_ELEMENT_NODE {
            if elementName(child) == name { return child }
            if let found = firstElement(named: name, in: child) { return found }
        }
        return nil
    }

    private static func contains(_ ancestor: Node, _ node: Node) -> Bool {
        var current: Node? = node
        while let c = current {
            if c == ancestor { return true }
            current = c.pointee.parent
        }
        return false
    }

    /// Whether a text node directly under the element holds a letter (a div used as a paragraph).
    private static func hasOwnText(_ node: Node) -> Bool {
        children(of: node).contains { child in
            child.pointee.type == XML_TEXT_NODE && child.pointee.content.map { String(cString: $0).contains(where: { $0.isLetter }) } == true
        }
    }

    /// The bytes of text under the element, furniture included (it only weighs paragraphs).
    private static func textLength(_ node: Node) -> Int {
        var total = 0
        for child in children(of: node) {
            if child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content {
                total += strlen(content)
            } else if child.pointee.type == XML_ELEMENT_NODE, !skipped.contains(elementName(child)) {
                total += textLength(child)
            }
        }
        return total
    }
}
