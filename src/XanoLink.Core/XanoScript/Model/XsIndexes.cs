using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.XanoScript.Syntax;

namespace XanoLink.XanoScript.Model;

/// <summary>
/// A table's <c>index = [...]</c> as the JSON format's <c>indexes</c>: <c>{type: "btree", field: [{name: "a", op:
/// "desc"}]}</c> becomes <c>{"type": "btree", "fields": ["a"], "ops": ["desc"]}</c> (<c>ops</c> only when a field
/// has one; null for a field without). Other keys of an entry (a search index's <c>name</c>, <c>lang</c>) stay in
/// place. Xano writes an entry on one line or, for some, over lines; the latter is kept as
/// <c>"xsLayout": "multiline"</c>. An index list in any other shape stays the attribute <c>index</c>.
/// </summary>
internal static class XsIndexes
{
    public const string Layout = "xsLayout";
    public const string Multiline = "multiline";
    private const string Step = "  ";

    /// <summary>The indexes of an <c>index</c> attribute's value, or null when it has another shape.</summary>
    public static JArray? Read(XsExpr value)
    {
        var items = XsValues.ArrayItems(value.Text);
        if (items is null)
        {
            return null;
        }

        var result = new JArray();
        foreach (var item in items)
        {
            var entry = Entry(item);
            if (entry is null)
            {
                return null;
            }

            result.Add(entry);
        }

        return Text(result) == value.Text ? result : null;
    }

    private static JObject? Entry(string text)
    {
        var entries = XsValues.ObjectEntries(text);
        if (entries is null || !entries.Exists(e => e.Key == "type") || !entries.Exists(e => e.Key == "field"))
        {
            return null;
        }

        var result = new JObject();
        foreach (var (key, value) in entries)
        {
            if (key is "fields" or "ops" or Layout)
            {
                return null;
            }

            if (key == "field")
            {
                var fields = Fields(value);
                if (fields is null)
                {
                    return null;
                }

                result.Add("fields", fields.Value.Names);
                if (fields.Value.Ops is { } ops)
                {
                    result.Add("ops", ops);
                }

                continue;
            }

            var encoded = XsValues.Encode(value, XsContext.ObjectValue);
            if (key == "type" && encoded.Type != JTokenType.String)
            {
                return null;
            }

            result.Add(key, encoded);
        }

        if (EntryText(result, multiline: false) == text)
        {
            return result;
        }

        result.Add(Layout, Multiline);
        return EntryText(result, multiline: true) == text ? result : null;
    }

    private static (JArray Names, JArray? Ops)? Fields(string text)
    {
        var items = XsValues.ArrayItems(text);
        if (items is null || items.Count == 0)
        {
            return null;
        }

        var names = new JArray();
        var ops = new JArray();
        var anyOp = false;
        foreach (var item in items)
        {
            var entries = XsValues.ObjectEntries(item);
            if (entries is null || entries.Count is < 1 or > 2 || entries[0].Key != "name" || (entries.Count == 2 && entries[1].Key != "op"))
            {
                return null;
            }

            if (XsValues.Encode(entries[0].Value, XsContext.ObjectValue) is not JValue { Type: JTokenType.String } name)
            {
                return null;
            }

            names.Add(name);
            if (entries.Count == 2)
            {
                if (XsValues.Encode(entries[1].Value, XsContext.ObjectValue) is not JValue { Type: JTokenType.String } op)
                {
                    return null;
                }

                ops.Add(op);
                anyOp = true;
            }
            else
            {
                ops.Add(JValue.CreateNull());
            }
        }

        return (names, anyOp ? ops : null);
    }

    /// <summary>Can these indexes be written as an <c>index</c> attribute (and read back the same)?</summary>
    public static bool CanWrite(JToken token)
    {
        if (token is not JArray array)
        {
            return false;
        }

        foreach (var item in array)
        {
            if (item is not JObject entry || entry["type"] is not JValue { Type: JTokenType.String }
                || entry["fields"] is not JArray { Count: > 0 } fields || fields.Any(f => f.Type != JTokenType.String)
                || entry.ContainsKey("field"))
            {
                return false;
            }

            if (entry["ops"] is { } ops && (ops is not JArray list || list.Count != fields.Count || list.Any(o => o.Type is not (JTokenType.String or JTokenType.Null)) || list.All(o => o.Type == JTokenType.Null)))
            {
                return false;
            }

            if (entry[Layout] is { } layout && !(layout.Type == JTokenType.String && (string)layout! == Multiline))
            {
                return false;
            }

            if (entry.Properties().Any(p => p.Name != "ops" && p.Name != Layout && (p.Name.Length == 0 || XsKeys.IsSpecial(p.Name))))
            {
                return false;
            }
        }

        return Read(new XsExpr(Text(array), default)) is { } back && JToken.DeepEquals(back, array);
    }

    /// <summary>The attribute's value text for indexes (relative to the attribute's line).</summary>
    public static string Text(JArray indexes)
    {
        if (indexes.Count == 0)
        {
            return "[]";
        }

        var builder = new StringBuilder("[");
        foreach (var entry in indexes.OfType<JObject>())
        {
            var multiline = entry[Layout] is JValue { Type: JTokenType.String } l && (string)l! == Multiline;
            builder.Append('\n').Append(Step).Append(XsStrings.Indented(EntryText(entry, multiline), Step));
        }

        return builder.Append("\n]").ToString();
    }

    private static string EntryText(JObject entry, bool multiline)
    {
        var parts = new List<(string Key, string Value)>();
        foreach (var property in entry.Properties())
        {
            switch (property.Name)
            {
                case "fields":
                    parts.Add(("field", FieldText((JArray)property.Value, entry["ops"] as JArray, multiline)));
                    break;
                case "ops" or Layout:
                    break;
                default:
                    parts.Add((KeyText(property.Name), XsValues.Decode(property.Value, XsContext.ObjectValue)));
                    break;
            }
        }

        if (!multiline)
        {
            return "{" + string.Join(", ", parts.Select(p => p.Key + ": " + p.Value)) + "}";
        }

        var width = parts.Max(p => p.Key.Length);
        var builder = new StringBuilder("{");
        foreach (var (key, value) in parts)
        {
            builder.Append('\n').Append(Step).Append(key).Append(' ', width - key.Length).Append(": ").Append(XsStrings.Indented(value, Step));
        }

        return builder.Append("\n}").ToString();
    }

    private static string FieldText(JArray names, JArray? ops, bool multiline)
    {
        var items = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var op = ops is not null && i < ops.Count && ops[i].Type == JTokenType.String ? ", op: " + XsStrings.Quote((string)ops[i]!) : "";
            items.Add("{name: " + XsStrings.Quote((string)names[i]!) + op + "}");
        }

        if (!multiline || items.Count == 1)
        {
            return "[" + string.Join(", ", items) + "]";
        }

        return "[\n" + string.Join("\n", items.Select(i => Step + i)) + "\n]";
    }

    private static string KeyText(string key) => XsPrinter.IsIdentifier(key) ? key : XsStrings.Quote(key);
}
