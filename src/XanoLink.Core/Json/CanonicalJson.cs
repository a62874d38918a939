using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace XanoLink.Json;

/// <summary>
/// The canonical form of workspace files: UTF-8 without BOM, LF, two-space indent, keys in
/// <see cref="KeyOrder"/>, a final newline. The same object always gives the same bytes, so Git
/// diffs show only real changes.
/// </summary>
public static class CanonicalJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string ToText(JToken token)
    {
        var builder = new StringBuilder();
        using (var writer = CreateWriter(new StringWriter(builder) { NewLine = "\n" }, Formatting.Indented))
        {
            Write(writer, token, property: null, inArray: false, atRoot: true);
        }

        return builder.Append('\n').ToString();
    }

    public static byte[] ToBytes(JToken token) => Utf8.GetBytes(ToText(token));

    /// <summary>A records file: one compact object per line, sorted by id, each with its id first.</summary>
    public static string RecordsToText(IEnumerable<JObject> records)
    {
        var builder = new StringBuilder();
        foreach (var record in records.OrderBy(r => r["id"], RecordIdComparer.Instance))
        {
            using (var writer = CreateWriter(new StringWriter(builder) { NewLine = "\n" }, Formatting.None))
            {
                Write(writer, record, property: "records", inArray: true, atRoot: false);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    public static byte[] RecordsToBytes(IEnumerable<JObject> records) => Utf8.GetBytes(RecordsToText(records));

    /// <summary>One value as compact single-line JSON, for messages and reports.</summary>
    public static string Compact(JToken? token)
    {
        if (token is null)
        {
            return "null";
        }

        var builder = new StringBuilder();
        using (var writer = CreateWriter(new StringWriter(builder), Formatting.None))
        {
            token.WriteTo(writer);
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

    private static void Write(JsonWriter writer, JToken token, string? property, bool inArray, bool atRoot)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                var order = property == "records" ? KeyOrder.Record : KeyOrder.For(property, inArray, atRoot);
                foreach (var prop in Ordered(obj, order))
                {
                    writer.WritePropertyName(prop.Name);
                    Write(writer, prop.Value, prop.Name, inArray: false, atRoot: false);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item, property, inArray: true, atRoot: false);
                }

                writer.WriteEndArray();
                break;
            default:
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
