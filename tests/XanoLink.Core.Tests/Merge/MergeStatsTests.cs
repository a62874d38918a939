using System.Text;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

/// <summary>What a workspace merge counts: items (files under their identity), and where each came from.</summary>
public class MergeStatsTests
{
    private static WorkspaceFiles Base() => new WorkspaceFiles()
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }""")
        .Table("category")
        .With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n")
        .Function("calc", """{ "op": "db.get", "table": "product", "as": "p" }""");

    private static MergeResult Merge(WorkspaceFiles b, WorkspaceFiles o, WorkspaceFiles t, bool canonical = true) =>
        WorkspaceMerge.Merge(b.Source(), o.Source(), t.Source(), new MergeOptions(Canonical: canonical));

    [Fact]
    public void Each_item_is_counted_once_as_unchanged_from_ours_from_theirs_or_merged()
    {
        var ours = Base().Table("category", extra: """, "description": "o" """).Function("mine")
            .Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal", "required": true }""");
        var theirs = Base().Function("calc", """{ "op": "db.get", "table": "product", "as": "q" }""")
            .Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }, { "name": "stock", "type": "int" }""");

        var stats = Merge(Base(), ours, theirs).Stats;

        // workspace.json, product, category, calc, product's records, mine: 6 items.
        Assert.Equal(new MergeStats(Files: 6, Unchanged: 1, TakenFromOurs: 2, TakenFromTheirs: 1, Merged: 1, Parsed: stats.Parsed), stats);
    }

    [Fact]
    public void Each_distinct_blob_is_parsed_once()
    {
        var ours = Base().Table("category", extra: """, "description": "o" """);
        var theirs = Base().Function("calc", """{ "op": "db.get", "table": "product", "as": "q" }""");

        var stats = Merge(Base(), ours, theirs).Stats;

        // Base's product, category, calc, records; ours' category; theirs' calc; workspace.json (written canonically).
        Assert.Equal(new MergeStats(5, 2, 1, 1, 0, 7), stats);
    }

    [Fact]
    public void A_side_that_changed_nothing_counts_every_file_as_taken_from_the_other_or_unchanged()
    {
        var changed = Base().Table("category", extra: """, "description": "x" """);

        var fromTheirs = Merge(Base(), Base(), changed, canonical: false).Stats;
        var fromOurs = Merge(Base(), changed, Base(), canonical: false).Stats;
        var canonical = Merge(Base(), Base(), changed).Stats;

        Assert.Equal(new MergeStats(5, 0, 0, 5, 0, 0), fromTheirs);
        Assert.Equal(new MergeStats(5, 5, 0, 0, 0, 0), fromOurs);
        Assert.Equal(new MergeStats(5, 0, 0, 5, 0, 5), canonical);
    }

    [Fact]
    public void Canonical_output_rewrites_files_taken_whole_and_raw_output_keeps_their_bytes()
    {
        const string Raw = """{"guid":"t-category","name":"category","fields":[{"name":"id","type":"int"}],"description":"x"}""";
        const string RawRecords = "{\"price\":5,\"id\":1}\n";
        var changed = Base().With("tables/category.json", Raw).With("tables/product.records.jsonl", RawRecords).Manifest("""{"include":{"tables":"*"}}""");
        var otherSide = Base().Function("calc");

        foreach (var result in new[] { Merge(Base(), Base(), changed, canonical: false), Merge(Base(), otherSide, changed, canonical: false) })
        {
            Assert.Equal(Raw, Encoding.UTF8.GetString(result.Files["tables/category.json"]));
            Assert.Equal(RawRecords, Encoding.UTF8.GetString(result.Files["tables/product.records.jsonl"]));
        }

        foreach (var result in new[] { Merge(Base(), Base(), changed), Merge(Base(), otherSide, changed) })
        {
            Assert.StartsWith("{\n  \"guid\": \"t-category\",\n", Encoding.UTF8.GetString(result.Files["tables/category.json"]), StringComparison.Ordinal);
            Assert.Equal("{\"id\":1,\"price\":5}\n", Encoding.UTF8.GetString(result.Files["tables/product.records.jsonl"]));
            Assert.Equal("{\n  \"include\": {\n    \"tables\": \"*\"\n  }\n}\n", Encoding.UTF8.GetString(result.Files["xanolink.json"]));
            Assert.Equal("{\n  \"guid\": \"ws-source\",\n  \"name\": \"shop:source\"\n}\n", Encoding.UTF8.GetString(result.Files["workspace.json"]));
        }
    }
}
