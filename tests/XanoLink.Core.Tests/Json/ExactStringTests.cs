using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Json;

namespace XanoLink.Core.Tests.Json;

/// <summary>Issue 9: a string is never rewritten into another value; only its escapes may be normalized.</summary>
public sealed class ExactStringTests
{
    private static JToken Load(string json)
    {
        var (token, error) = JsonFileReader.Parse("t.json", json);
        Assert.Null(error);
        return token!;
    }

    [Theory]
    [InlineData("2026-01-01T02:00:00Z")]
    [InlineData("2026-01-01T02:00:00.0000001+05:30")]
    [InlineData("2026-01-01")]
    [InlineData("/Date(1767225600000)/")]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("00123")]
    public void A_string_that_looks_like_another_value_stays_that_string(string value)
    {
        var token = Load($$"""{ "a": "{{value}}" }""");

        Assert.Equal(JTokenType.String, token["a"]!.Type);
        Assert.Equal($"{{\n  \"a\": \"{value}\"\n}}\n", CanonicalJson.ToText(token));
    }

    [Theory]
    [InlineData("{ \"a\": \"x\\ud800y\" }", 1, 10)]
    [InlineData("{\n  \"a\": \"\\ud83d\\ude00\",\n  \"\\\\ud800 \\udc00\": 1\n}", 3, 12)]
    [InlineData("{ \"a\": [ \"\\ude00\\ud83d\" ] }", 1, 11)]
    public void Half_a_surrogate_pair_is_XL1045_not_read_as_U_FFFD(string json, int line, int column)
    {
        var (token, error) = JsonFileReader.Parse("t.json", json);

        Assert.Null(token);
        Assert.Equal(("XL1045", line, column), (error!.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_replacement_character_and_whole_pairs_written_in_the_file_are_kept()
    {
        var token = Load("{ \"a\": \"\\ufffd\uFFFD\", \"b\": \"\\ud83d\\ude00\", \"c\": \"\\\\ud800\" }");

        Assert.Equal("{\n  \"a\": \"\uFFFD\uFFFD\",\n  \"b\": \"\U0001F600\",\n  \"c\": \"\\\\ud800\"\n}\n", CanonicalJson.ToText(token));
    }

    [Fact]
    public void A_lone_surrogate_made_in_code_is_written_as_its_escape_not_replaced()
    {
        var token = new JObject { ["a"] = "x\ud800y", ["\udc00"] = "\ud83d\ude00" };

        var text = Encoding.UTF8.GetString(CanonicalJson.ToBytes(token));

        Assert.Equal("{\n  \"a\": \"x\\ud800y\",\n  \"\\udc00\": \"\U0001F600\"\n}\n", text);
        Assert.Equal("{\"id\":\"\\ud800\"}\n", CanonicalJson.RecordsToText([new JObject { ["id"] = "\ud800" }]));
    }

    [Fact]
    public void Escapes_are_normalized_and_the_value_stays_the_same()
    {
        var token = Load("""{ "a": "\u00e9\/\u0041\t\u0001\u2028" }""");

        var text = CanonicalJson.ToText(token);

        Assert.Equal("{\n  \"a\": \"é/A\\t\\u0001\\u2028\"\n}\n", text);
        Assert.True(JToken.DeepEquals(token, Load(text)));
    }
}
