using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Diff;
using XanoLink.Diff.Formatting;
using XanoLink.Json;
using XanoLink.Merge;
using XanoLink.Publish;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Json;

/// <summary>Issue 9: numbers keep their exact text through load, write, snapshot, merge and diff.</summary>
public sealed class ExactNumberTests
{
    private const string Awkward = """{"id":1,"name":"a","price":1e400,"cost":12345678901234567890.5,"rate":1.000000000000000000001,"big":1e5,"zero":-0,"tiny":1e-400}""";

    private static WorkspaceFiles Shop(string records) => new WorkspaceFiles()
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "name", "type": "text" }, { "name": "price", "type": "decimal" }, { "name": "cost", "type": "decimal" }, { "name": "rate", "type": "decimal" }, { "name": "big", "type": "decimal" }, { "name": "zero", "type": "decimal" }, { "name": "tiny", "type": "decimal" }""")
        .With("tables/product.records.jsonl", records);

    private static JToken Load(string json)
    {
        var (token, error) = JsonFileReader.Parse("t.json", json);
        Assert.Null(error);
        return token!;
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("12345678901234567890.5")]
    [InlineData("1.000000000000000000001")]
    [InlineData("1e5")]
    [InlineData("1E+5")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("1e-400")]
    [InlineData("2.50")]
    [InlineData("29.0")]
    [InlineData("0.1")]
    [InlineData("-1.5e-7")]
    [InlineData("9007199254740993")]
    [InlineData("123456789012345678901234567890")]
    public void A_number_keeps_its_exact_text_through_load_and_canonical_write(string number)
    {
        var text = CanonicalJson.ToText(Load($$"""{ "guid": "g", "value": {{number}}, "list": [ {{number}}, { "deep": {{number}} } ] }"""));

        Assert.Equal($"{{\n  \"guid\": \"g\",\n  \"value\": {number},\n  \"list\": [\n    {number},\n    {{\n      \"deep\": {number}\n    }}\n  ]\n}}\n", text);
    }

    [Fact]
    public void An_integer_of_380_digits_is_exact_and_a_longer_one_is_malformed_not_rounded()
    {
        var digits = "9" + new string('0', 379);
        Assert.Equal(digits, CanonicalJson.Compact(Load(digits)));

        var (token, error) = JsonFileReader.Parse("t.json", digits + "0");
        Assert.Null(token);
        Assert.Equal("XL1001", error!.Code);
    }

    [Fact]
    public void A_document_that_is_one_number_keeps_its_text()
    {
        Assert.Equal("1e400", CanonicalJson.Compact(Load("1e400")));
    }

    [Fact]
    public void A_records_line_keeps_its_numbers_through_the_records_writer()
    {
        Assert.Equal(Awkward + "\n", CanonicalJson.RecordsToText([(JObject)Load(Awkward)]));
    }

    [Fact]
    public void Awkward_record_values_reach_the_snapshot_as_written()
    {
        var report = Shop(Awkward + "\n" + """{"id":2,"price":0.1}""" + "\n")
            .Manifest("""{ "include": { "tables": [ "product" ] }, "records": { "product": "all" } }""")
            .Validate();
        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));

        var snapshot = SnapshotBuilder.Build(report.Workspace, report.Selection!);

        Assert.Equal(Awkward + "\n{\"id\":2,\"price\":0.1}\n", Encoding.UTF8.GetString(snapshot.Files["tables/product.records.jsonl"]));
    }

    [Fact]
    public void A_merge_where_one_side_renames_a_record_keeps_the_other_fields_numbers()
    {
        var ours = Shop(Awkward.Replace("\"name\":\"a\"", "\"name\":\"b\"", StringComparison.Ordinal) + "\n");
        var theirs = Shop(Awkward + "\n{\"id\":2,\"price\":2.50}\n");

        var result = WorkspaceMerge.Merge(Shop(Awkward + "\n").Source(), ours.Source(), theirs.Source());

        Assert.Empty(result.Conflicts);
        Assert.Equal(
            Awkward.Replace("\"name\":\"a\"", "\"name\":\"b\"", StringComparison.Ordinal) + "\n{\"id\":2,\"price\":2.50}\n",
            Encoding.UTF8.GetString(result.Files["tables/product.records.jsonl"]));
    }

    [Fact]
    public void The_merge_file_driver_keeps_numbers_of_records_and_objects()
    {
        var records = FileMerge.Merge("tables/product.records.jsonl", Awkward + "\n", Awkward.Replace("\"a\"", "\"b\"", StringComparison.Ordinal) + "\n", Awkward + "\n", MergePolicy.Fail);
        Assert.Equal(Awkward.Replace("\"a\"", "\"b\"", StringComparison.Ordinal) + "\n", Encoding.UTF8.GetString(records.Merged!));

        const string Table = """{ "guid": "t", "name": "product", "fields": [ { "name": "price", "type": "decimal", "default": 1.000000000000000000001 } ], "x": { "max": 1e400, "min": -0 } }""";
        var table = FileMerge.Merge("tables/product.json", Table, Table.Replace("\"t\"", "\"t2\"", StringComparison.Ordinal), Table, MergePolicy.Fail);
        var merged = Encoding.UTF8.GetString(table.Merged!);
        Assert.Contains("\"default\": 1.000000000000000000001", merged, StringComparison.Ordinal);
        Assert.Contains("\"max\": 1e400,\n    \"min\": -0\n", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_numbers_one_double_apart_are_a_conflict_not_the_same_value()
    {
        var b = """{"id":1,"rate":1.0}""" + "\n";
        var result = FileMerge.Merge("tables/product.records.jsonl", b, """{"id":1,"rate":1.000000000000000000001}""" + "\n", """{"id":1,"rate":1.000000000000000000002}""" + "\n", MergePolicy.Fail);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("table:product records[1].rate: changed differently on both sides (ours 1.000000000000000000001, theirs 1.000000000000000000002)", conflict.ToString());
    }

    [Fact]
    public void A_diff_between_numbers_equal_as_doubles_shows_both_exact_texts()
    {
        var text = TextDiffFormatter.Format(WorkspaceDiff.Compare(Shop("{\"id\":1,\"big\":1e5}\n").Source(), Shop("{\"id\":1,\"big\":1E5}\n").Source()));

        Assert.Contains("{\"id\":1,\"big\":1e5} -> {\"id\":1,\"big\":1E5}", text, StringComparison.Ordinal);

        var report = WorkspaceDiff.Compare(
            Shop("""{"id":1,"rate":1.000000000000000000001,"cost":1e400}""" + "\n").Source(),
            Shop("""{"id":1,"rate":1.000000000000000000002,"cost":1e400}""" + "\n").Source());
        var json = JsonDiffFormatter.Format(report);

        Assert.Equal(1, Assert.Single(report.Items).Records!.Edited);
        Assert.Contains("\"rate\": 1.000000000000000000001,", json, StringComparison.Ordinal);
        Assert.Contains("\"rate\": 1.000000000000000000002,", json, StringComparison.Ordinal);
        Assert.Contains("\"cost\": 1e400", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diff_of_a_number_written_another_way_is_a_change()
    {
        var report = WorkspaceDiff.Compare(Shop("""{"id":1,"big":1e5}""" + "\n").Source(), Shop("""{"id":1,"big":100000}""" + "\n").Source());

        Assert.Equal(1, Assert.Single(report.Items).Records!.Edited);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("1.5")]
    [InlineData("1e2")]
    [InlineData("-0")]
    [InlineData("1.0")]
    public void A_record_id_that_is_not_an_integer_stays_XL1040(string id)
    {
        var report = Shop($$"""{"id":{{id}},"name":"a"}""" + "\n").Validate();

        var d = Assert.Single(report.Diagnostics);
        Assert.Equal("XL1040", d.Code);
        Assert.Contains($"id {id}", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Big_integer_ids_are_valid_distinct_and_sorted_exactly()
    {
        const string Records = "{\"id\":12345678901234567891}\n{\"id\":12345678901234567890}\n{\"id\":9007199254740993}\n{\"id\":9007199254740992}\n";
        var report = Shop(Records).Validate();
        Assert.Empty(report.Diagnostics);

        var written = CanonicalJson.RecordsToText(report.Workspace.Records["product"].Records.Select(r => r.Json));

        Assert.Equal("{\"id\":9007199254740992}\n{\"id\":9007199254740993}\n{\"id\":12345678901234567890}\n{\"id\":12345678901234567891}\n", written);
    }

    [Fact]
    public void Records_with_ids_that_are_not_integers_are_written_sorted_by_value()
    {
        var records = new[] { "1e400", "\"x\"", "2", "1.5", "-0", "-1e400", "1.50", "1e-400", "0" }.Select(id => (JObject)Load($$"""{"id":{{id}}}"""));

        var ids = CanonicalJson.RecordsToText(records).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["{\"id\":-1e400}", "{\"id\":-0}", "{\"id\":0}", "{\"id\":1e-400}", "{\"id\":1.5}", "{\"id\":1.50}", "{\"id\":2}", "{\"id\":1e400}", "{\"id\":\"x\"}"], ids);
    }

    [Theory]
    [InlineData("768.0")]
    [InlineData("7.68e2")]
    [InlineData("-0")]
    public void A_vector_size_that_is_not_an_integer_is_XL1032(string size)
    {
        var report = new WorkspaceFiles().Table("doc", $$"""{ "name": "id", "type": "int" }, { "name": "embedding", "type": "vector", "size": {{size}} }""").Validate();

        Assert.Contains(report.Diagnostics, d => d.Code == "XL1032");
    }

    [Fact]
    public void A_number_where_an_integer_belongs_is_described_as_a_number()
    {
        var report = new WorkspaceFiles().With("tables/t.json", """{ "guid": "t", "name": 1e400, "fields": [ { "name": "id", "type": "int" } ] }""").Validate();

        Assert.Contains(report.Diagnostics, d => d.Code == "XL1011" && d.Message.Contains("'name' of ", StringComparison.Ordinal) && d.Message.Contains(" is a number;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0x10")]
    [InlineData("010")]
    [InlineData("00")]
    [InlineData("-01")]
    [InlineData(".5")]
    [InlineData("-.5")]
    [InlineData("1.")]
    [InlineData("0.")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void A_number_JSON_does_not_have_is_XL1044_and_never_read_as_another_value(string number)
    {
        var (token, error) = JsonFileReader.Parse("t.json", $$"""{ "a": [ 1, {{number}} ] }""");

        Assert.Null(token);
        Assert.Equal("XL1044", error!.Code);
        Assert.Equal((1, 13), (error.Line, error.Column));
        Assert.Contains($"'{number}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XL1044_points_at_the_number_on_its_line_after_CRLF_and_CR_line_ends()
    {
        var (_, error) = JsonFileReader.Parse("t.json", "{\r\n  \"a\": 1.5,\r  \"b\":\n  [ 2e5,   0x1F ]\n}");

        Assert.Equal(("XL1044", 4, 12), (error!.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_bad_number_on_a_records_line_is_reported_on_that_line_and_the_others_load()
    {
        var result = Shop("{\"id\":1}\n{\"id\":2,\"price\":NaN}\n{\"id\":3}\n").Load();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("XL1044", 2, 17), (d.Code, d.Line, d.Column));
        Assert.Equal(2, result.Workspace.Records["product"].Records.Count);
    }

    [Theory]
    [InlineData("undefined")]
    [InlineData("new Date(1)")]
    public void Values_JSON_does_not_have_are_malformed_JSON(string value)
    {
        var (token, error) = JsonFileReader.Parse("t.json", $$"""{ "a": {{value}} }""");

        Assert.Null(token);
        Assert.Equal("XL1001", error!.Code);
    }

    [Fact]
    public void A_number_keeps_the_position_of_its_diagnostics()
    {
        var d = Assert.Single(Shop("{\"id\":1}\n{\"id\":1.5e3,\"name\":\"a\"}\n").Validate().Diagnostics);

        Assert.Equal(("XL1040", 2), (d.Code, d.Line));
        var (token, _) = JsonFileReader.Parse("t.json", "{\n  \"a\":   1.5e3\n}");
        Assert.Equal((2, 10), new SourceText("{\n  \"a\":   1.5e3\n}").StartOf(token!["a"]!));
    }

    [Fact]
    public void A_cloned_tree_keeps_and_compares_number_texts()
    {
        var tree = Load("""{ "a": 1.0, "b": [ 1e400, -0 ] }""");
        var clone = tree.DeepClone();

        Assert.True(JToken.DeepEquals(tree, clone));
        Assert.Equal(CanonicalJson.ToText(tree), CanonicalJson.ToText(clone));
        Assert.False(JToken.DeepEquals(tree, Load("""{ "a": 1.00, "b": [ 1e400, -0 ] }""")));
        Assert.False(JToken.DeepEquals(tree, Load("""{ "a": 1.0, "b": [ 1e400, 0 ] }""")));
    }
}
