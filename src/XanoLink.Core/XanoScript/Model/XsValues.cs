using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.XanoScript.Syntax;

namespace XanoLink.XanoScript.Model;

/// <summary>
/// The lossless encoding of XanoScript values as JSON, in both directions (docs/xanoscript.md, "Values").
/// <list type="bullet">
/// <item>A literal written in the canonical layout becomes the JSON value itself: <c>10</c>, <c>true</c>,
/// <c>"text"</c>, <c>{type: "list"}</c>, <c>["a", "b"]</c> (objects and arrays hold encoded values).</item>
/// <item>Any other expression that starts with <c>$</c> and fits on one line is its text: <c>"$input.id + 1"</c>.</item>
/// <item>Everything else is its exact text after the marker <c>$=</c> (<c>"$=now"</c>, <c>"$=(\$a|count) &gt; 0"</c>,
/// a literal in another layout).</item>
/// </list>
/// Encode and Decode are inverses: decoding what was encoded gives the text back, and
/// encoding what was decoded gives the JSON back, whatever JSON value it was. A JSON string that would be mistaken
/// for one of these forms decodes to a quoted string, which encodes back to the same JSON string.
/// </summary>
internal static class XsValues
{
    private const string Step = "  ";

    // Deeper literals stay text: structuring them is linear per level, and this bounds the levels.
    private const int MaxStructuredDepth = 16;

    public static JToken Encode(XsExpr expr, XsContext context) => Encode(expr.Text, context);

    public static JToken Encode(string text, XsContext context) => Encode(text, context, 0);

    private static JToken Encode(string text, XsContext context, int depth)
    {
        var natural = Natural(text, context, depth);
        if (natural is not null)
        {
            return natural;
        }

        if (text.StartsWith('$') && !text.StartsWith("$=", StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal))
        {
            return new JValue(text);
        }

        return new JValue("$=" + text);
    }

    /// <summary>The text for a JSON value in a context (relative to the indentation of its first line).</summary>
    public static string Decode(JToken value, XsContext context) => value switch
    {
        JObject obj => ObjectText(obj),
        JArray array => ArrayText(array),
        JValue { Type: JTokenType.String } v => StringText((string)v!, context),
        JValue { Type: JTokenType.Null } => "null",
        JValue { Type: JTokenType.Boolean } v => (bool)v! ? "true" : "false",
        JToken n when JsonNumber.IsNumber(n) => JsonNumber.TextOf(n),

        // Dates, bytes and the like never come from JSON files; write them as their JSON text.
        _ => StringText(CanonicalJson.Compact(value), context),
    };

    public static XsExpr ToExpr(JToken value, XsContext context) => new(Decode(value, context), default);

    private static string StringText(string s, XsContext context)
    {
        if (s.StartsWith("$=", StringComparison.Ordinal))
        {
            var x = s[2..];
            if (IsComplete(x, context) && Encode(x, context) is JValue { Type: JTokenType.String } e && (string)e! == s)
            {
                return x;
            }
        }
        else if (s.StartsWith('$') && !s.Contains('\n', StringComparison.Ordinal) && IsComplete(s, context)
                 && Encode(s, context) is JValue { Type: JTokenType.String } e && (string)e! == s)
        {
            return s;
        }

        return QuotedText(s);
    }

    /// <summary>A string as a literal: triple-quoted when it spans lines (Xano's style), else double-quoted.</summary>
    private static string QuotedText(string s)
    {
        if (s.Contains('\n', StringComparison.Ordinal) && !s.Contains("\"\"\"", StringComparison.Ordinal) && !s.Contains('\r', StringComparison.Ordinal))
        {
            var builder = new StringBuilder(s.Length + 16).Append("\"\"\"");
            foreach (var line in s.Split('\n'))
            {
                builder.Append('\n').Append(Step).Append(line);
            }

            return builder.Append('\n').Append(Step).Append("\"\"\"").ToString();
        }

        return XsStrings.Quote(s);
    }

    /// <summary>
    /// A literal in the other of Xano's two layouts (one line, or one entry per line), when the canonical one
    /// is not what was written: <c>{a: 1, b: 2}</c>, or a list of names one per line. Only the outer literal;
    /// the layout is then a note on the owner (docs/xanoscript.md).
    /// </summary>
    public static (JToken Value, string Layout)? EncodeInOtherLayout(XsExpr expr)
    {
        if (expr.Text.Length < 2)
        {
            return null;
        }

        JContainer container;
        if (expr.Text[0] == '{' && ObjectEntries(expr.Text) is { } entries)
        {
            var obj = new JObject();
            foreach (var (key, value) in entries)
            {
                obj.Add(key, Encode(value, XsContext.ObjectValue, 1));
            }

            container = obj;
        }
        else if (expr.Text[0] == '[' && ArrayItems(expr.Text) is { } items)
        {
            container = new JArray(items.Select(item => Encode(item, XsContext.ArrayElement, 1)));
        }
        else
        {
            return null;
        }

        foreach (var layout in new[] { Inline, Multiline })
        {
            if (Text(container, layout) is { } text && text == expr.Text && Text(container, null) != text)
            {
                return (container, layout);
            }
        }

        return null;
    }

    public const string Inline = "inline";
    public const string Multiline = "multiline";

    /// <summary>An object or array literal in a given layout (null: the canonical one); null when it cannot be written so.</summary>
    public static string? Text(JToken value, string? layout) => value switch
    {
        JObject obj => ObjectText(obj, layout),
        JArray array => ArrayText(array, layout),
        _ => null,
    };

    private static string ObjectText(JObject obj) => ObjectText(obj, null)!;

    private static string? ObjectText(JObject obj, string? layout)
    {
        if (obj.Count == 0)
        {
            return layout is null ? "{}" : null;
        }

        var entries = obj.Properties().Select(p => (Key: KeyText(p.Name), Value: Decode(p.Value, XsContext.ObjectValue))).ToList();
        var inline = layout == Inline || (layout is null && entries.Count == 1);
        if (inline)
        {
            return entries.Exists(e => e.Value.Contains('\n', StringComparison.Ordinal))
                ? (layout is null ? ObjectText(obj, Multiline) : null)
                : "{" + string.Join(", ", entries.Select(e => e.Key + ": " + e.Value)) + "}";
        }

        var width = entries.Max(e => e.Key.Length);
        var builder = new StringBuilder("{");
        foreach (var (key, value) in entries)
        {
            builder.Append('\n').Append(Step).Append(key).Append(' ', width - key.Length).Append(": ").Append(XsStrings.Indented(value, Step));
        }

        return builder.Append("\n}").ToString();
    }

    private static string ArrayText(JArray array) => ArrayText(array, null)!;

    private static string? ArrayText(JArray array, string? layout)
    {
        if (array.Count == 0)
        {
            return layout is null ? "[]" : null;
        }

        var items = array.Select(item => Decode(item, XsContext.ArrayElement)).ToList();
        var singleLines = items.TrueForAll(t => !t.Contains('\n', StringComparison.Ordinal));
        var inline = layout == Inline || (layout is null && singleLines && (array.Count == 1 || array.All(i => i is JValue)));
        if (inline)
        {
            return singleLines ? "[" + string.Join(", ", items) + "]" : null;
        }

        var builder = new StringBuilder("[");
        foreach (var item in items)
        {
            builder.Append('\n').Append(Step).Append(XsStrings.Indented(item, Step));
        }

        return builder.Append("\n]").ToString();
    }

    private static string KeyText(string key) => IsBareKey(key) ? key : XsStrings.Quote(key);

    private static bool IsBareKey(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        var start = true;
        foreach (var c in key)
        {
            if (start ? !XsCursor.IsIdentStart(c) : !(XsCursor.IsIdentPart(c) || c == '.'))
            {
                return false;
            }

            start = c == '.';
        }

        return !start;
    }

    /// <summary>
    /// Would <paramref name="text"/>, printed in this context, be read back as exactly this expression? It must scan
    /// to its own end whatever follows it there (a new line, a comma, a closing bracket).
    /// </summary>
    public static bool IsComplete(string text, XsContext context)
    {
        if (text.Length == 0)
        {
            return context == XsContext.Paren;
        }

        if (XsCursor.IsSpace(text[0]) || text[0] == '\n' || XsCursor.IsSpace(text[^1]) || text[^1] == '\n')
        {
            return false;
        }

        var cursor = new XsCursor(text);
        var (end, error) = XsExpressionScanner.Scan(cursor, context, out var endsWithOperator);

        // Printed, the text is followed by a new line, a comma or a closing bracket; after a trailing operator a new
        // line would carry the expression on.
        return error is null && end == text.Length && !(endsWithOperator && context is not (XsContext.Paren or XsContext.Default));
    }

    /// <summary>The JSON value of a literal in canonical layout, or null when the text is anything else.</summary>
    private static JToken? Natural(string text, XsContext context, int depth)
    {
        if (text.Length == 0)
        {
            return null;
        }

        switch (text[0])
        {
            case 'n' when text == "null":
                return JValue.CreateNull();
            case 't' when text == "true":
                return new JValue(true);
            case 'f' when text == "false":
                return new JValue(false);
            case '"':
                return NaturalString(text, context);
            case '{' when depth < MaxStructuredDepth:
                return NaturalObject(text, depth);
            case '[' when depth < MaxStructuredDepth:
                return NaturalArray(text, depth);
            case '-' or (>= '0' and <= '9'):
                return NaturalNumber(text);
            default:
                return null;
        }
    }

    // The loader's own token for the number (JsonNumber: an integer, else the exact text), so XanoScript and JSON files
    // of the same object hold the same model and every number prints back as written.
    private static JToken? NaturalNumber(string text) => JsonNumber.FromText(text);

    private static JValue? NaturalString(string text, XsContext context)
    {
        // Most strings: one line, no escapes, not starting with $: the text between the quotes is the value.
        if (text.Length >= 2 && text[^1] == '"' && !text.StartsWith("\"\"\"", StringComparison.Ordinal)
            && (text.Length == 2 || text[1] != '$') && text.AsSpan(1, text.Length - 2).IndexOfAny("\"\\\n\r\t") < 0)
        {
            return new JValue(text[1..^1]);
        }

        string content;
        if (text.StartsWith("\"\"\"", StringComparison.Ordinal))
        {
            var inner = TripleContent(text);
            if (inner is null)
            {
                return null;
            }

            content = inner;
        }
        else
        {
            var cursor = new XsCursor(text);
            if (XsExpressionScanner.SkipString(cursor) is not null || cursor.Offset != text.Length)
            {
                return null;
            }

            content = XsStrings.Unquote(text);
        }

        return StringText(content, context) == text ? new JValue(content) : null;
    }

    /// <summary>The content of a triple-quoted literal whose lines share the closing line's indentation.</summary>
    private static string? TripleContent(string text)
    {
        if (text.Length < 8 || !text.StartsWith("\"\"\"\n", StringComparison.Ordinal) || !text.EndsWith("\"\"\"", StringComparison.Ordinal))
        {
            return null;
        }

        var lines = text.Split('\n');
        var closing = lines[^1];
        var indent = closing[..^3];
        if (indent.Any(c => c != ' '))
        {
            return null;
        }

        var content = new StringBuilder();
        for (var i = 1; i < lines.Length - 1; i++)
        {
            if (!lines[i].StartsWith(indent, StringComparison.Ordinal))
            {
                return null;
            }

            if (i > 1)
            {
                content.Append('\n');
            }

            content.Append(lines[i], indent.Length, lines[i].Length - indent.Length);
        }

        return content.ToString();
    }

    private static JObject? NaturalObject(string text, int depth)
    {
        var entries = ObjectEntries(text);
        if (entries is null)
        {
            return null;
        }

        var result = new JObject();
        foreach (var (key, value) in entries)
        {
            result.Add(key, Encode(value, XsContext.ObjectValue, depth + 1));
        }

        return ObjectText(result) == text ? result : null;
    }

    private static JArray? NaturalArray(string text, int depth)
    {
        var items = ArrayItems(text);
        if (items is null)
        {
            return null;
        }

        var result = new JArray();
        foreach (var item in items)
        {
            result.Add(Encode(item, XsContext.ArrayElement, depth + 1));
        }

        return ArrayText(result) == text ? result : null;
    }

    /// <summary>
    /// The entries of an object literal in any layout, each value as relative text; null when the text is not one
    /// object literal, or holds comments, duplicate keys or disabled (!) keys.
    /// </summary>
    public static List<(string Key, string Value)>? ObjectEntries(string text)
    {
        if (text.Length < 2 || text[0] != '{')
        {
            return null;
        }

        var cursor = new XsCursor(text);
        cursor.Advance();
        var result = new List<(string, string)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            SkipSeparators(cursor);
            if (cursor.AtEnd)
            {
                return null;
            }

            if (cursor.Peek() == '}')
            {
                cursor.Advance();
                return cursor.AtEnd ? result : null;
            }

            string? key;
            var start = cursor.Offset;
            if (cursor.Peek() == '"')
            {
                if (cursor.StartsWith("\"\"\"") || XsExpressionScanner.SkipString(cursor) is not null)
                {
                    return null;
                }

                key = XsStrings.Unquote(text.AsSpan(start, cursor.Offset - start));
            }
            else
            {
                while (XsCursor.IsIdentPart(cursor.Peek()) || cursor.Peek() == '.')
                {
                    cursor.Advance();
                }

                key = cursor.Offset > start ? text[start..cursor.Offset] : null;
            }

            cursor.SkipSpaces();
            if (key is null || cursor.Peek() != ':' || !keys.Add(key))
            {
                return null;
            }

            cursor.Advance();
            cursor.SkipSpaces();
            var value = ChildText(cursor, XsContext.ObjectValue);
            if (value is null)
            {
                return null;
            }

            result.Add((key, value));
        }
    }

    /// <summary>The elements of an array literal in any layout, each as relative text; null as for objects.</summary>
    public static List<string>? ArrayItems(string text)
    {
        if (text.Length < 2 || text[0] != '[')
        {
            return null;
        }

        var cursor = new XsCursor(text);
        cursor.Advance();
        var result = new List<string>();
        while (true)
        {
            SkipSeparators(cursor);
            if (cursor.AtEnd)
            {
                return null;
            }

            if (cursor.Peek() == ']')
            {
                cursor.Advance();
                return cursor.AtEnd ? result : null;
            }

            var value = ChildText(cursor, XsContext.ArrayElement);
            if (value is null)
            {
                return null;
            }

            result.Add(value);
        }
    }

    private static void SkipSeparators(XsCursor cursor)
    {
        while (!cursor.AtEnd && (XsCursor.IsSpace(cursor.Peek()) || cursor.Peek() is '\n' or ','))
        {
            cursor.Advance();
        }
    }

    /// <summary>One entry's value inside a literal as relative text; null when it cannot be read or holds a comment.</summary>
    private static string? ChildText(XsCursor cursor, XsContext context)
    {
        var start = cursor.Offset;
        var indent = cursor.LineIndent();
        var (end, error) = XsExpressionScanner.Scan(cursor, context);
        if (error is not null || end == start || cursor.StartsWith("//"))
        {
            return null;
        }

        return XsStrings.Relative(cursor.Text.AsSpan(start, end - start), indent);
    }
}
