/// Text made safe for XML 1.0: markup characters escaped, and characters XML cannot hold at all (control
/// characters but tab, line feed and carriage return; U+FFFE and U+FFFF) replaced by U+FFFD.
public enum XMLText {
    /// `text` as element content.
    public static func content(_ text: String) -> String {
        escaped(text, inAttribute: false)
    }

    /// `text` as a double-quoted attribute value, its tabs and line breaks kept as references.
    public static func attribute(_ text: String) -> String {
        escaped(text, inAttribute: true)
    }

    private static func escaped(_ text: String, inAttribute: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where inAttribute: escaped += "&quot;"
            case "\t" where inAttribute: escaped += "&#9;"
            case "\n" where inAttribute: escaped += "&#10;"
            case "\r": escaped += "&#13;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
