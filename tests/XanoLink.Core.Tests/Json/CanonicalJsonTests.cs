using CsCheck;
using Newtonsoft.Json.Linq;
using XanoLink.Json;

namespace XanoLink.Core.Tests.Json;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Known_keys_come_in_canonical_order_and_unknown_keys_keep_their_written_order()
    {
        var json = JObject.Parse("""{ "fields": [ { "type": "int", "name": "id" } ], "zeta": 1, "name": "product", "alpha": 2, "guid": "t1" }""");
        Assert.Equal(
            "{\n  \"guid\": \"t1\",\n  \"name\": \"product\",\n  \"fields\": [\n    {\n      \"name\": \"id\",\n      \"type\": \"int\"\n    }\n  ],\n  \"zeta\": 1,\n  \"alpha\": 2\n}\n",
            CanonicalJson.ToText(json));
    }

    [Fact]
    public void Steps_put_op_first_and_user_data_keeps_its_order()
    {
        var json = JObject.Parse("""{ "guid": "f", "name": "f", "steps": [ { "value": { "b": 1, "a": 2 }, "as": "x", "op": "var.create" } ] }""");
        var text = CanonicalJson.ToText(json);
        Assert.Contains("\"op\": \"var.create\",\n      \"as\": \"x\",\n      \"value\": {\n        \"b\": 1,\n        \"a\": 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_are_sorted_by_id_one_compact_object_per_line_with_the_id_first()
    {
        var records = new[] { JObject.Parse("""{ "name": "b", "id": 10 }"""), JObject.Parse("""{ "id": 2, "name": "a" }"""), JObject.Parse("""{ "id": "x" }""") };
        Assert.Equal("{\"id\":2,\"name\":\"a\"}\n{\"id\":10,\"name\":\"b\"}\n{\"id\":\"x\"}\n", CanonicalJson.RecordsToText(records));
    }

    [Fact]
    public void Dates_and_numbers_survive_unchanged()
    {
        var (token, _) = JsonFileReader.Parse("t.json", """{ "start": "2026-01-01T02:00:00Z", "price": 10.5, "count": 3, "big": 12345678901234567890 }""");
        var text = CanonicalJson.ToText(token!);
        Assert.Contains("\"start\": \"2026-01-01T02:00:00Z\"", text, StringComparison.Ordinal);
        Assert.Contains("\"price\": 10.5", text, StringComparison.Ordinal);
        Assert.Contains("\"big\": 12345678901234567890", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_canonical_file_again_changes_nothing_for_any_json()
    {
        Gen.Recursive<JToken>((depth, self) => depth >= 4
                ? Scalar()
                : Gen.Frequency(
                    (3, Scalar()),
                    (1, self.Array[0, 4].Select(items => (JToken)new JArray(items.Cast<object>().ToArray()))),
                    (1, Gen.Select(Key().Array[0, 4], self.Array[4]).Select(pair => (JToken)Object(pair.Item1, pair.Item2)))))
            .Select(token => token is JObject o ? o : new JObject { ["guid"] = "g", ["value"] = token })
            .Sample(obj =>
            {
                var once = CanonicalJson.ToText(obj);
                var (reparsed, error) = JsonFileReader.Parse("x.json", once);
                Assert.Null(error);
                Assert.Equal(once, CanonicalJson.ToText(reparsed!));
                Assert.True(JToken.DeepEquals(obj, reparsed));
            }, iter: 300);
    }

    private static Gen<JToken> Scalar() => Gen.OneOf(
        Gen.Int.Select(i => (JToken)new JValue(i)),
        Gen.Bool.Select(b => (JToken)new JValue(b)),
        Gen.String.Select(s => (JToken)new JValue(s)),
        // Numbers as the loader holds them: a fraction or exponent is kept as its text.
        Gen.Double[-1e6, 1e6].Select(d => JsonFileReader.Parse("n.json", d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Token!),
        Gen.Const((JToken)JValue.CreateNull()));

    private static Gen<string> Key() => Gen.OneOf(
        Gen.Int[0, 9].Select(i => new[] { "guid", "name", "fields", "steps", "op", "as", "type", "then", "records", "id" }[i]),
        Gen.String[1, 6]);

    private static JObject Object(string[] keys, JToken[] values)
    {
        var obj = new JObject();
        for (var i = 0; i < keys.Length; i++)
        {
            obj[keys[i]] = values[i];
        }

        return obj;
    }
}
