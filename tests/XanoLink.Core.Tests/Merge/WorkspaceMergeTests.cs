using System.Text;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

public class WorkspaceMergeTests
{
    private static WorkspaceFiles Base() => new WorkspaceFiles()
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }""")
        .Table("category")
        .With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":2,\"price\":7}\n")
        .Function("calc", """{ "op": "db.get", "table": "product", "as": "p" }""");

    private static string Text(MergeResult result, string path) => Encoding.UTF8.GetString(result.Files[path]);

    [Fact]
    public void A_rename_on_one_side_and_an_edit_on_the_other_keep_the_new_name_with_the_edit()
    {
        var ours = Base().Without("tables/product.json").Without("tables/product.records.jsonl")
            .With("tables/item.json", """{ "guid": "t-product", "name": "item", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" } ] }""")
            .With("tables/item.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":2,\"price\":7}\n");
        var theirs = Base()
            .Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal", "required": true }""")
            .With("tables/product.records.jsonl", "{\"id\":1,\"price\":6}\n{\"id\":2,\"price\":7}\n");

        var result = WorkspaceMerge.Merge(Base().Source(), ours.Source(), theirs.Source());

        Assert.Empty(result.Conflicts);
        Assert.DoesNotContain("tables/product.json", result.Files.Keys);
        Assert.Contains("\"required\": true", Text(result, "tables/item.json"), StringComparison.Ordinal);
        Assert.Equal("{\"id\":1,\"price\":6}\n{\"id\":2,\"price\":7}\n", Text(result, "tables/item.records.jsonl"));
    }

    [Fact]
    public void Records_merge_by_id_and_report_a_record_changed_two_ways()
    {
        var ours = Base().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":2,\"price\":8}\n{\"id\":3,\"price\":1}\n");
        var theirs = Base().With("tables/product.records.jsonl", "{\"id\":1,\"price\":9}\n{\"id\":2,\"price\":9}\n");

        var result = WorkspaceMerge.Merge(Base().Source(), ours.Source(), theirs.Source());

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("table:product records[2].price: changed differently on both sides (ours 8, theirs 9)", conflict.ToString());
        Assert.Equal("{\"id\":1,\"price\":9}\n{\"id\":2,\"price\":8}\n{\"id\":3,\"price\":1}\n", Text(result, "tables/product.records.jsonl"));
    }

    [Fact]
    public void Workspace_json_is_always_ours_and_items_only_one_side_has_are_kept()
    {
        var ours = Base().With("workspace.json", """{ "guid": "ws-acme", "name": "shop:acme" }""").Table("acme_only");
        var theirs = Base().With("workspace.json", """{ "guid": "ws-other", "name": "shop:other" }""").Function("new_fn");

        var result = WorkspaceMerge.Merge(Base().Source(), ours.Source(), theirs.Source());

        Assert.Contains("ws-acme", Text(result, "workspace.json"), StringComparison.Ordinal);
        Assert.Contains("tables/acme_only.json", result.Files.Keys);
        Assert.Contains("functions/new_fn.json", result.Files.Keys);
    }

    [Fact]
    public void A_deletion_of_an_untouched_object_is_applied_and_delete_versus_edit_is_a_conflict()
    {
        var ours = Base().Without("tables/category.json").Without("functions/calc.json");
        var theirs = Base().Function("calc", """{ "op": "db.get", "table": "category", "as": "p" }""");

        var result = WorkspaceMerge.Merge(Base().Source(), ours.Source(), theirs.Source());

        Assert.DoesNotContain("tables/category.json", result.Files.Keys);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("function:calc", "", "deleted in ours, changed in theirs"), (conflict.Item.ToString(), conflict.Member, conflict.Description));
        Assert.True(result.HasUnresolvedConflicts);
    }

    [Fact]
    public void The_result_is_canonical_and_an_unchanged_side_is_not_parsed()
    {
        var theirs = Base().Table("category", """{ "name": "id", "type": "int" }, { "name": "title", "type": "text" }""");

        var result = WorkspaceMerge.Merge(Base().Source(), Base().Source(), theirs.Source(), new MergeOptions(Canonical: false));
        var canonical = WorkspaceMerge.Merge(Base().Source(), Base().Source(), theirs.Source());

        Assert.Equal(0, result.Stats.Parsed);
        Assert.Equal("{\n  \"guid\": \"t-category\",\n  \"name\": \"category\",\n  \"fields\": [\n    {\n      \"name\": \"id\",\n      \"type\": \"int\"\n    },\n    {\n      \"name\": \"title\",\n      \"type\": \"text\"\n    }\n  ]\n}\n", Text(canonical, "tables/category.json"));
    }

    [Fact]
    public void Both_sides_changing_different_objects_parse_each_blob_once()
    {
        var ours = Base().Table("category", """{ "name": "id", "type": "int" }, { "name": "title", "type": "text" }""");
        var theirs = Base().Function("calc", """{ "op": "db.get", "table": "category", "as": "c" }""");

        var result = WorkspaceMerge.Merge(Base().Source(), ours.Source(), theirs.Source());

        Assert.Empty(result.Conflicts);
        Assert.Contains("title", Text(result, "tables/category.json"), StringComparison.Ordinal);
        Assert.Contains("\"as\": \"c\"", Text(result, "functions/calc.json"), StringComparison.Ordinal);
        Assert.Equal(0, result.Stats.Merged);
    }
}
