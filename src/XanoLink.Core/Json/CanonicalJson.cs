using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace XanoLink.Json;

/// <summary>
/// The canonical form of workspace files: UTF-8 without BOM, LF, two-space indent, keys in
/// <see cref="KeyOrder"/>, a final newline. The same object always gives the same bytes, so Git
/// diffs show only real changes. Values are written exactly as they were read: a number as its text
/// (<see cref="JsonNumber"/>), a string as the same string (only its escapes may differ).
/// </summary>
public static class CanonicalJson
{
    // Throws rather than replace what cannot be encoded: a replaced character would be another value.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ToText(JToken token)
    {
        var builder = new StringBuilder();
        using (var writer = CreateWriter(new StringWriter(builder) { NewLine = "\n" }, Formatting.Indented))
        {
            Write(writer, token, property: null, inArray: false, atRoot: true, ordered: true);
        }

        return builder.Append('\n').ToString();
    }

    public static byte[] ToBytes(JToken token) => Utf8.GetBytes(ToText(token));

    /// <summary>
    /// As <see cref="ToBytes"/>, but with every object's properties in the order they are in: what convert writes for a
    /// XanoScript object, whose members' order is part of its text.
    /// </summary>
    public static byte[] ToBytesInOrder(JToken token)
    {
        var builder = new StringBuilder();
        using (var writer = CreateWriter(new StringWriter(builder) { NewLine = "\n" }, Formatting.Indented))
        {
            Write(writer, token, property: null, inArray: false, atRoot: true, ordered: false);
        }

        return Utf8.GetBytes(builder.Append('\n').ToString());
    }

    /// <summary>A records file: one compact object per line, sorted by id, each with its id first.</summary>
    public static string RecordsToText(IEnumerable<JObject> records)
    {
        var builder = new StringBuilder();
        foreach (var record in records.OrderBy(r => r["id"], RecordIdComparer.Instance))
        {
            using (var writer = CreateWriter(new StringWriter(builder) { NewLine = "\n" }, Formatting.None))
            {
                Write(writer, record, property: "records", inArray: true, atRoot: false, ordered: true);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    public static byte[] RecordsToBytes(IEnumerable<JObject> records) => Utf8.GetBytes(RecordsToText(records));

    /// <summary>One value as compact single-line JSON, keys as they are, for messages, reports and record keys.</summary>
    public static string Compact(JToken? token)
    {
        if (token is null)
        {
            return "null";
        }

        var builder = new StringBuilder();
        using (var writer = CreateWriter(new StringWriter(builder), Formatting.None))
        {
            Write(writer, token, property: null, inArray: false, atRoot: false, ordered: false);
        }

        return builder.ToString();
    }

    private static JsonTextWriter CreateWriter(TextWriter inner, Formatting formatting) => new(inner)
    {
        Formatting = formatting,
        Indentation = 2,
        IndentChar = ' ',
        FloatFormatHandling = FloatFormatHandling.String,
        StringEscapeHandling = StringEscapeHandling.Default,
    };

    private static void Write(JsonWriter writer, JToken token, string? property, bool inArray, bool atRoot, bool ordered)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                var order = !ordered ? null : property == "records" ? KeyOrder.Record : KeyOrder.For(property, inArray, atRoot);
                foreach (var prop in Ordered(obj, order))
                {
                    if (LoneSurrogates.In(prop.Name))
                    {
                        writer.WritePropertyName(LoneSurrogates.Escape(JsonConvert.ToString(prop.Name))[1..^1], escape: false);
                    }
                    else
                    {
                        writer.WritePropertyName(prop.Name);
                    }

                    Write(writer, prop.Value, prop.Name, inArray: false, atRoot: false, ordered);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item, property, inArray: true, atRoot: false, ordered);
                }

                writer.WriteEndArray();
                break;
            case JValue { Type: JTokenType.String, Value: string text } when LoneSurrogates.In(text):
                writer.WriteRawValue(LoneSurrogates.Escape(JsonConvert.ToString(text)));
                break;
            default:
                // A number the loader kept as text is a JRaw, written as that text.
                token.WriteTo(writer);
                break;
        }
    }

    private static IEnumerable<JProperty> Ordered(JObject obj, string[]? order)
    {
        if (order is null)
        {
            return obj.Properties();
        }

        return obj.Properties()
            .Select((p, i) => (Property: p, Rank: Array.IndexOf(order, p.Name), Written: i))
            .OrderBy(x => x.Rank < 0 ? int.MaxValue : x.Rank)
            .ThenBy(x => x.Written)
            .Select(x => x.Property);
    }
}
