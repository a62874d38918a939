using System.Text;

namespace XanoLink.XanoScript.Syntax;

/// <summary>Quoting of XanoScript strings, and indentation-relative text for expressions that span lines.</summary>
internal static class XsStrings
{
    /// <summary>
    /// The value of a double-quoted literal (quotes included in <paramref name="literal"/>). The escapes \" \\ \n
    /// \r \t are decoded; any other backslash is kept as written (regular expressions such as "^\d+$").
    /// </summary>
    public static string Unquote(ReadOnlySpan<char> literal)
    {
        var inner = literal.Length >= 2 ? literal[1..^1] : literal;
        if (inner.IndexOf('\\') < 0)
        {
            return inner.ToString();
        }

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c != '\\' || i + 1 >= inner.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = inner[i + 1];
            switch (next)
            {
                case '"' or '\\':
                    builder.Append(next);
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                default:
                    builder.Append(c).Append(next);
                    break;
            }

            i++;
        }

        return builder.ToString();
    }

    /// <summary>The double-quoted literal for a value: the inverse of <see cref="Unquote"/>.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text that spans lines, with <paramref name="indent"/> (its first line's indentation) removed from every later
    /// line that starts with it; carriage returns before newlines are dropped. A later line indented less than the
    /// first is kept as it is (printed back, it gains the indentation of its new place).
    /// </summary>
    public static string Relative(ReadOnlySpan<char> text, string indent)
    {
        if (text.IndexOf('\n') < 0)
        {
            return text.ToString();
        }

        var relative = new StringBuilder(text.Length);
        var first = true;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (!first)
            {
                relative.Append('\n');
                if (line.StartsWith(indent, StringComparison.Ordinal))
                {
                    line = line[indent.Length..];
                }
            }

            relative.Append(line);
            first = false;
        }

        return relative.ToString();
    }

    /// <summary>Relative text back at an indentation: <paramref name="indent"/> before every line after the first.</summary>
    public static string Indented(string text, string indent) =>
        indent.Length == 0 || !text.Contains('\n', StringComparison.Ordinal) ? text : text.Replace("\n", "\n" + indent, StringComparison.Ordinal);
}
