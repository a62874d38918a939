using CsCheck;
using Newtonsoft.Json.Linq;
using XanoLink.Json;

namespace XanoLink.Core.Tests.Json;

/// <summary>Issue 9 as a property: for JSON documents full of awkward numbers, load, write and load again changes nothing.</summary>
public sealed class ExactNumberPropertyTests
{
    private static readonly string[] Awkward =
    [
        "1e400", "-1e400", "1e-400", "-1e-400", "-0", "-0.0", "0", "0.0", "0e0", "1E+5", "1e5", "2.50", "29.0", "0.1",
        "12345678901234567890", "-12345678901234567890123456789", "9007199254740993", "9223372036854775808",
        "-9223372036854775809", "1.000000000000000000001", "12345678901234567890.5", "4.9e-324", "1.7976931348623157e308",
        "1.7976931348623159e308", "1e-00001", "1E00",
    ];

    private static readonly string[] Keys = ["id", "name", "value", "guid", "fields", "steps", "op", "k", "x1", "price"];

    /// <summary>A JSON value as text, with the text of every number in it.</summary>
    private sealed record Doc(string Text, string[] Numbers);

    [Fact]
    public void Load_write_load_keeps_the_model_and_every_number_text()
    {
        Document().Sample(doc =>
        {
            var first = Load(doc.Text);
            var written = CanonicalJson.ToText(first);
            var second = Load(written);

            Assert.True(JToken.DeepEquals(first, second), written);
            Assert.Equal(written, CanonicalJson.ToText(second));
            Assert.Equal(doc.Numbers.Order(StringComparer.Ordinal), NumberTexts(second).Order(StringComparer.Ordinal));

            var line = CanonicalJson.RecordsToText([(JObject)first]);
            Assert.True(JToken.DeepEquals(first, Load(line)), line);
        }, iter: 500);
    }

    private static JToken Load(string text)
    {
        var (token, error) = JsonFileReader.Parse("p.json", text);
        Assert.True(error is null, $"{error}\n{text}");
        return token!;
    }

    private static IEnumerable<string> NumberTexts(JToken token) =>
        (token is JContainer c ? c.DescendantsAndSelf() : [token]).Where(JsonNumber.IsNumber).Select(t => JsonNumber.TextOf(t));

    private static Gen<string> Digits(int min, int max) => Gen.Char['0', '9'].Array[min, max].Select(d => new string(d));

    private static Gen<string> Number() => Gen.Frequency(
        (2, Gen.OneOf(Awkward)),
        (3, Gen.Select(
            Gen.Bool,
            Gen.OneOf(Gen.Const("0"), Gen.Select(Gen.Char['1', '9'], Digits(0, 40), (first, rest) => first + rest)),
            Gen.OneOf(Gen.Const(""), Digits(1, 40).Select(d => "." + d)),
            Gen.OneOf(Gen.Const(""), Gen.Select(Gen.OneOf("e", "E"), Gen.OneOf("", "+", "-"), Digits(1, 6), (e, sign, digits) => e + sign + digits)),
            (negative, whole, fraction, exponent) => (negative ? "-" : "") + whole + fraction + exponent)));

    private static Gen<string> Space() => Gen.OneOf("", " ", "\n  ", "\r\n", "\t");

    private static Gen<Doc> Document() =>
        Gen.Select(Gen.OneOf(Keys).Array[0, 5], Value().Array[6], Space(), (keys, values, space) => Object(keys.Prepend("value"), values, space));

    private static Gen<Doc> Value() => Gen.Recursive<Doc>((depth, self) =>
    {
        var scalar = Gen.Frequency(
            (6, Number().Select(n => new Doc(n, [n]))),
            (1, Gen.OneOf("true", "false", "null", "\"1e400\"", "\"2026-01-01T00:00:00Z\"", "\"\\u0041\"").Select(s => new Doc(s, []))));
        var array = Gen.Select(self.Array[0, 4], Space(), (items, space) =>
            new Doc("[" + space + string.Join("," + space, items.Select(i => i.Text)) + "]", items.SelectMany(i => i.Numbers).ToArray()));
        var obj = Gen.Select(Gen.OneOf(Keys).Array[0, 5], self.Array[5], Space(), (keys, values, space) => Object(keys, values, space));
        return depth >= 4 ? scalar : Gen.Frequency((4, scalar), (1, array), (1, obj));
    });

    // Keys must be distinct (a duplicate is an error); the i-th distinct key gets the i-th value.
    private static Doc Object(IEnumerable<string> keys, Doc[] values, string space)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var members = distinct.Select((k, i) => $"{space}\"{k}\"{space}:{space}{values[i].Text}");
        return new Doc("{" + string.Join(",", members) + space + "}", distinct.SelectMany((_, i) => values[i].Numbers).ToArray());
    }
}
