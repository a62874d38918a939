using System.Text;
using XanoLink.Files;
using XanoLink.Publish;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Publish;

public class SentFilesTests
{
    private const string ProductRecords = "{\"id\":1,\"price\":5}\n{\"id\":2,\"price\":7}\n{\"id\":3,\"price\":9}\n";

    private static WorkspaceFiles Source() => new WorkspaceFiles()
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }""")
        .With("tables/product.records.jsonl", ProductRecords)
        .Function("calc", """{ "op": "db.get", "table": "product", "as": "p" }""")
        .Function("report");

    private const string All = """{ "include": { "functions": ["calc", "report"] }, "records": { "product": "all" } }""";

    /// <summary>What the source sends under its manifest, and the whole source it comes from.</summary>
    private static (Snapshot Snapshot, ValidationReport Source) Publish(WorkspaceFiles source, string manifest)
    {
        var report = source.Manifest(manifest).Validate();
        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));
        return (SnapshotBuilder.Build(report.Workspace, report.Selection!), report);
    }

    private static MemoryFileSource Base(WorkspaceFiles source, string manifest) => new(Publish(source, manifest).Snapshot.Files);

    private static SentResult Sent(MemoryFileSource @base, WorkspaceFiles source, string manifest)
    {
        var (snapshot, report) = Publish(source, manifest);
        return SentFiles.Compute(@base, snapshot, report.Workspace);
    }

    private static string Text(SentResult sent, string path) => Encoding.UTF8.GetString(sent.Files[path]);

    private static string[] Keys(SentResult sent) => sent.NoLongerManaged.Select(k => k.ToString()).ToArray();

    [Fact]
    public void A_first_publish_sends_the_snapshot_as_it_is()
    {
        var (snapshot, _) = Publish(Source(), All);

        var sent = Sent(new MemoryFileSource(new Dictionary<string, byte[]>()), Source(), All);

        Assert.Equal(snapshot.Files.Keys.Order(StringComparer.Ordinal), sent.Files.Keys);
        Assert.All(sent.Files, f => Assert.Equal(snapshot.Files[f.Key], f.Value));
        Assert.Empty(sent.NoLongerManaged);
    }

    [Fact]
    public void An_item_that_left_the_selection_but_exists_in_the_source_is_kept_at_its_base_version()
    {
        var @base = Base(Source().Function("report", extra: """, "description": "v1" """), All);
        var source = Source().Function("report", extra: """, "description": "v2" """);

        var sent = Sent(@base, source, """{ "include": { "functions": ["calc"] }, "records": { "product": "all" } }""");

        Assert.Contains("\"v1\"", Text(sent, "functions/report.json"), StringComparison.Ordinal);
        Assert.Equal(["function:report"], Keys(sent));
    }

    [Fact]
    public void An_item_the_source_deleted_is_not_kept()
    {
        var @base = Base(Source(), All);

        var sent = Sent(@base, Source().Without("functions/report.json"), """{ "include": { "functions": ["calc"] }, "records": { "product": "all" } }""");

        Assert.DoesNotContain("functions/report.json", sent.Files.Keys);
        Assert.Empty(sent.NoLongerManaged);
    }

    [Fact]
    public void An_item_renamed_and_still_sent_is_sent_under_its_new_name_only()
    {
        var @base = Base(Source(), All);
        var source = Source().Without("functions/report.json")
            .With("functions/summary.json", """{ "guid": "f-report", "name": "summary", "steps": [] }""");

        var sent = Sent(@base, source, """{ "include": { "functions": ["calc", "summary"] }, "records": { "product": "all" } }""");

        Assert.DoesNotContain("functions/report.json", sent.Files.Keys);
        Assert.Contains("functions/summary.json", sent.Files.Keys);
        Assert.Empty(sent.NoLongerManaged);
    }

    [Fact]
    public void An_item_renamed_in_the_source_that_left_the_selection_is_kept_under_its_base_name()
    {
        var @base = Base(Source(), All);
        var source = Source().Without("functions/report.json")
            .With("functions/summary.json", """{ "guid": "f-report", "name": "summary", "steps": [] }""");

        var sent = Sent(@base, source, """{ "include": { "functions": ["calc"] }, "records": { "product": "all" } }""");

        Assert.Contains("functions/report.json", sent.Files.Keys);
        Assert.DoesNotContain("functions/summary.json", sent.Files.Keys);
        Assert.Equal(["function:report"], Keys(sent));
    }

    [Fact]
    public void A_guidless_base_item_is_kept_while_the_source_has_it_by_name()
    {
        var guidless = new Dictionary<string, byte[]>(Base(Source(), All).Files().ToDictionary(f => f.Path, f => f.ReadAllBytes()), StringComparer.Ordinal)
        {
            ["functions/report.json"] = Encoding.UTF8.GetBytes("""{ "name": "report", "steps": [] }"""),
        };
        const string CalcOnly = """{ "include": { "functions": ["calc"] }, "records": { "product": "all" } }""";

        var kept = Sent(new MemoryFileSource(guidless), Source(), CalcOnly);
        var deleted = Sent(new MemoryFileSource(guidless), Source().Without("functions/report.json"), CalcOnly);

        Assert.Equal("""{ "name": "report", "steps": [] }""", Text(kept, "functions/report.json"));
        Assert.Equal(["function:report"], Keys(kept));
        Assert.DoesNotContain("functions/report.json", deleted.Files.Keys);
        Assert.Empty(deleted.NoLongerManaged);
    }

    [Fact]
    public void Records_no_longer_sent_are_kept_at_their_base_version_beside_those_sent()
    {
        var @base = Base(Source(), All);
        var source = Source().With("tables/product.records.jsonl", "{\"id\":1,\"price\":6}\n{\"id\":2,\"price\":8}\n{\"id\":3,\"price\":10}\n");

        var sent = Sent(@base, source, """{ "include": { "functions": ["calc", "report"] }, "records": { "product": [1] } }""");

        Assert.Equal("{\"id\":1,\"price\":6}\n{\"id\":2,\"price\":7}\n{\"id\":3,\"price\":9}\n", Text(sent, "tables/product.records.jsonl"));
        Assert.Empty(sent.NoLongerManaged);
    }

    [Fact]
    public void Records_of_a_table_now_sent_as_schema_only_are_kept_whole()
    {
        var @base = Base(Source(), All);

        var sent = Sent(@base, Source(), """{ "include": { "functions": ["calc", "report"] } }""");

        Assert.Equal(ProductRecords, Text(sent, "tables/product.records.jsonl"));
    }

    [Fact]
    public void Records_the_source_deleted_are_not_kept()
    {
        var @base = Base(Source(), All);
        var source = Source().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":3,\"price\":9}\n");

        var allSent = Sent(@base, source, All);
        var noneSent = Sent(@base, source, """{ "include": { "functions": ["calc", "report"] } }""");
        var allDeleted = Sent(@base, Source().Without("tables/product.records.jsonl"), """{ "include": { "functions": ["calc", "report"] } }""");

        Assert.Equal("{\"id\":1,\"price\":5}\n{\"id\":3,\"price\":9}\n", Text(allSent, "tables/product.records.jsonl"));
        Assert.Equal("{\"id\":1,\"price\":5}\n{\"id\":3,\"price\":9}\n", Text(noneSent, "tables/product.records.jsonl"));
        Assert.DoesNotContain("tables/product.records.jsonl", allDeleted.Files.Keys);
    }

    [Fact]
    public void Records_of_a_table_the_source_deleted_are_not_kept()
    {
        var @base = Base(Source(), All);
        var source = Source().Without("tables/product.json").Without("tables/product.records.jsonl").Function("calc");

        var sent = Sent(@base, source, """{ "include": { "functions": ["calc", "report"] } }""");

        Assert.DoesNotContain("tables/product.records.jsonl", sent.Files.Keys);
        Assert.DoesNotContain("tables/product.json", sent.Files.Keys);
    }

    [Fact]
    public void Records_of_a_renamed_table_follow_it_whether_it_sends_records_or_not()
    {
        var @base = Base(Source(), All);
        var renamed = Source().Without("tables/product.json").Without("tables/product.records.jsonl")
            .With("tables/item.json", """{ "guid": "t-product", "name": "item", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" } ] }""")
            .With("tables/item.records.jsonl", ProductRecords)
            .Function("calc", """{ "op": "db.get", "table": "item", "as": "p" }""");

        var some = Sent(@base, renamed, """{ "include": { "functions": ["calc", "report"] }, "records": { "item": [2] } }""");
        var none = Sent(@base, renamed, """{ "include": { "functions": ["calc", "report"] } }""");

        Assert.Equal(ProductRecords, Text(some, "tables/item.records.jsonl"));
        Assert.DoesNotContain("tables/product.records.jsonl", some.Files.Keys);
        Assert.Equal(ProductRecords, Text(none, "tables/item.records.jsonl"));
        Assert.DoesNotContain("tables/product.records.jsonl", none.Files.Keys);
        Assert.Empty(none.NoLongerManaged);
    }

    [Fact]
    public void An_unreadable_base_records_file_is_kept_whole()
    {
        var files = Base(Source(), All).Files().ToDictionary(f => f.Path, f => f.ReadAllBytes(), StringComparer.Ordinal);
        files["tables/product.records.jsonl"] = Encoding.UTF8.GetBytes("{\"id\":1}\nnot json\n");

        var schemaOnly = Sent(new MemoryFileSource(files), Source(), """{ "include": { "functions": ["calc", "report"] } }""");
        var sent = Sent(new MemoryFileSource(files), Source(), All);

        Assert.Equal("{\"id\":1}\nnot json\n", Text(schemaOnly, "tables/product.records.jsonl"));
        Assert.Equal(ProductRecords, Text(sent, "tables/product.records.jsonl"));
    }
}
