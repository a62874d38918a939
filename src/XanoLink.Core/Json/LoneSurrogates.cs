namespace XanoLink.Json;

/// <summary>
/// Half of a UTF-16 surrogate pair alone in a string (written "\ud800") is no character. Newtonsoft's reader turns it
/// into U+FFFD, another value, so the reader reports it (XL1045) instead; and a tree made in code that holds one is
/// written as its escape, where the UTF-8 encoder would replace it.
/// </summary>
internal static class LoneSurrogates
{
    public static bool In(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyInRange('\ud800', '\udfff'); i >= 0 && i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text already escaped for JSON, with each lone surrogate as its \uXXXX escape.</summary>
    public static string Escape(string escaped)
    {
        var builder = new System.Text.StringBuilder(escaped.Length + 12);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (char.IsHighSurrogate(c) && i + 1 < escaped.Length && char.IsLowSurrogate(escaped[i + 1]))
            {
                builder.Append(c).Append(escaped[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append($"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The offset of the first \uXXXX escape in JSON text that is a lone surrogate, or -1.</summary>
    public static int FirstEscaped(string json)
    {
        if (!json.Contains("\\u", StringComparison.Ordinal))
        {
            return -1;
        }

        // From the first backslash, which no other escapes; each escape is then stepped over whole.
        for (var i = json.IndexOf('\\', StringComparison.Ordinal); i < json.Length - 1; i++)
        {
            if (json[i] != '\\')
            {
                continue;
            }

            if (json[i + 1] != 'u' || Escaped(json, i) is not { } c)
            {
                i++; // another escape, such as \\ before a 'u'
                continue;
            }

            if (char.IsHighSurrogate(c) && Escaped(json, i + 6) is { } low && char.IsLowSurrogate(low))
            {
                i += 11;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
            else
            {
                i += 5;
            }
        }

        return -1;
    }

    // The character of the \uXXXX escape at offset i, if there is one.
    private static char? Escaped(string json, int i) =>
        i + 6 <= json.Length && json[i] == '\\' && json[i + 1] == 'u'
        && ushort.TryParse(json.AsSpan(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? (char)code
            : null;
}
