using System.Text;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

/// <summary>How a workspace merge matches files across the sides (guid, path, table) and where each merged item lands.</summary>
public class WorkspaceMergeMatchingTests
{
    private const string ProductRecords = "{\"id\":1,\"price\":5}\n{\"id\":2,\"price\":7}\n";

    private static WorkspaceFiles Base() => new WorkspaceFiles()
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }""")
        .Table("category")
        .With("tables/product.records.jsonl", ProductRecords)
        .Function("calc", """{ "op": "db.get", "table": "product", "as": "p" }""");

    private static string Text(MergeResult result, string path) => Encoding.UTF8.GetString(result.Files[path]);

    private static MergeResult Merge(WorkspaceFiles b, WorkspaceFiles o, WorkspaceFiles t, MergePolicy policy = MergePolicy.Fail) =>
        WorkspaceMerge.Merge(b.Source(), o.Source(), t.Source(), new MergeOptions(policy));

    private static WorkspaceFiles RenamedProduct(WorkspaceFiles files, string to = "item", bool records = true) => (records
            ? files.Without("tables/product.records.jsonl").With($"tables/{to}.records.jsonl", ProductRecords)
            : files)
        .Without("tables/product.json")
        .With($"tables/{to}.json", $$"""{ "guid": "t-product", "name": "{{to}}", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" } ] }""");

    [Fact]
    public void Records_added_on_one_side_follow_the_table_the_other_side_renamed()
    {
        var b = new WorkspaceFiles().Table("product");
        var ours = new WorkspaceFiles().Table("product").With("tables/product.records.jsonl", "{\"id\":1}\n");
        var theirs = RenamedProduct(new WorkspaceFiles(), records: false).Table("category");

        var result = Merge(b, ours, theirs);

        Assert.Empty(result.Conflicts);
        Assert.Equal(["tables/category.json", "tables/item.json", "tables/item.records.jsonl", "workspace.json"], result.Files.Keys);
        Assert.Equal("{\"id\":1}\n", Text(result, "tables/item.records.jsonl"));
    }

    [Fact]
    public void Records_edited_on_one_side_follow_the_table_renamed_with_its_records_on_the_other()
    {
        var ours = Base().With("tables/product.records.jsonl", "{\"id\":1,\"price\":6}\n{\"id\":2,\"price\":7}\n");
        var theirs = RenamedProduct(Base()).Table("category", extra: """, "description": "c" """);

        var result = Merge(Base(), ours, theirs);

        Assert.Empty(result.Conflicts);
        Assert.DoesNotContain("tables/product.records.jsonl", result.Files.Keys);
        Assert.Equal("{\"id\":1,\"price\":6}\n{\"id\":2,\"price\":7}\n", Text(result, "tables/item.records.jsonl"));
    }

    [Fact]
    public void A_table_renamed_two_ways_is_a_conflict_on_its_name_and_lands_at_the_winning_name()
    {
        var ours = RenamedProduct(Base(), "item");
        var theirs = RenamedProduct(Base(), "article");

        var failed = Merge(Base(), ours, theirs);
        var tookTheirs = Merge(Base(), ours, theirs, MergePolicy.Theirs);

        var conflict = Assert.Single(failed.Conflicts);
        Assert.Equal("table:item name: changed differently on both sides (ours \"item\", theirs \"article\")", conflict.ToString());
        Assert.Contains("tables/item.json", failed.Files.Keys);
        Assert.Contains("tables/item.records.jsonl", failed.Files.Keys);
        Assert.DoesNotContain("tables/article.json", failed.Files.Keys);
        Assert.Equal("table:article name: changed differently on both sides (ours \"item\", theirs \"article\"); took theirs", Assert.Single(tookTheirs.Conflicts).ToString());
        Assert.Contains("tables/article.json", tookTheirs.Files.Keys);
        Assert.Contains("tables/article.records.jsonl", tookTheirs.Files.Keys);
        Assert.DoesNotContain("tables/item.json", tookTheirs.Files.Keys);
    }

    [Fact]
    public void Files_without_a_guid_are_matched_by_their_path()
    {
        var b = Base()
            .With("tables/loose.json", """{ "name": "loose", "fields": [ { "name": "id", "type": "int" } ] }""")
            .With("tables/blank.json", """{ "guid": "", "name": "blank", "fields": [ { "name": "id", "type": "int" } ] }""");
        var ours = Base()
            .With("tables/loose.json", """{ "name": "loose", "fields": [ { "name": "id", "type": "int" }, { "name": "a", "type": "text" } ] }""")
            .With("tables/blank.json", """{ "guid": "", "name": "blank", "fields": [ { "name": "id", "type": "int" } ], "description": "o" }""");
        var theirs = Base()
            .With("tables/loose.json", """{ "name": "loose", "fields": [ { "name": "id", "type": "int" } ], "description": "t" }""")
            .With("tables/blank.json", """{ "guid": "", "name": "blank", "fields": [ { "name": "id", "type": "int" }, { "name": "b", "type": "text" } ] }""");

        var result = Merge(b, ours, theirs);

        Assert.Empty(result.Conflicts);
        Assert.Equal("""{"name":"loose","description":"t","fields":[{"name":"id","type":"int"},{"name":"a","type":"text"}]}""", Compact(Text(result, "tables/loose.json")));
        Assert.Equal("""{"guid":"","name":"blank","description":"o","fields":[{"name":"id","type":"int"},{"name":"b","type":"text"}]}""", Compact(Text(result, "tables/blank.json")));
        Assert.Equal(2, result.Stats.Merged);
    }

    [Fact]
    public void Files_sharing_one_guid_are_matched_by_their_path()
    {
        static WorkspaceFiles Copied(WorkspaceFiles files, string note = "", string copyNote = "") => files
            .With("functions/copy.json", $$"""{ "guid": "f-calc", "name": "copy", "steps": [] {{copyNote}} }""")
            .Function("calc", """{ "op": "db.get", "table": "product", "as": "p" }""", note);
        var b = Copied(Base());
        var ours = Copied(Base(), note: """, "description": "ours" """);
        var theirs = Copied(Base(), copyNote: """, "description": "theirs" """);

        var result = Merge(b, ours, theirs);

        Assert.Empty(result.Conflicts);
        Assert.Contains("\"ours\"", Text(result, "functions/calc.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"theirs\"", Text(result, "functions/calc.json"), StringComparison.Ordinal);
        Assert.Contains("\"theirs\"", Text(result, "functions/copy.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_that_repeats_a_guid_on_one_side_leaves_the_original_to_merge_by_path()
    {
        var ours = Base().With("functions/copy.json", """{ "guid": "f-calc", "name": "copy", "steps": [] }""");
        var theirs = Base().Function("calc", """{ "op": "db.get", "table": "product", "as": "p" }""", """, "description": "theirs" """);

        var result = Merge(Base(), ours, theirs);
        var mirrored = Merge(Base(), theirs, ours);

        Assert.Empty(result.Conflicts);
        Assert.Contains("\"theirs\"", Text(result, "functions/calc.json"), StringComparison.Ordinal);
        Assert.Contains("functions/copy.json", result.Files.Keys);
        Assert.Empty(mirrored.Conflicts);
        Assert.Equal(Text(result, "functions/calc.json"), Text(mirrored, "functions/calc.json"));
    }

    [Fact]
    public void Two_items_with_different_guids_added_at_one_path_are_a_conflict_settled_by_the_policy()
    {
        var ours = Base().With("tables/sku.json", """{ "guid": "t-sku-ours", "name": "sku", "fields": [ { "name": "id", "type": "int" } ] }""");
        var theirs = Base().With("tables/sku.json", """{ "guid": "t-sku-theirs", "name": "sku", "fields": [ { "name": "id", "type": "int" } ] }""");

        var failed = Merge(Base(), ours, theirs);
        var tookOurs = Merge(Base(), ours, theirs, MergePolicy.Ours);
        var tookTheirs = Merge(Base(), ours, theirs, MergePolicy.Theirs);

        var conflict = Assert.Single(failed.Conflicts);
        Assert.Equal(("table:sku", "tables/sku.json", "", "two different items (not the same guid) want this path"), (conflict.Item.ToString(), conflict.File, conflict.Member, conflict.Description));
        Assert.StartsWith("blob ", (string)conflict.Ours!, StringComparison.Ordinal);
        Assert.StartsWith("blob ", (string)conflict.Theirs!, StringComparison.Ordinal);
        Assert.NotEqual((string)conflict.Ours!, (string)conflict.Theirs!);
        Assert.Equal(ConflictResolution.Unresolved, conflict.Resolution);
        Assert.Contains("t-sku-ours", Text(failed, "tables/sku.json"), StringComparison.Ordinal);
        Assert.Equal(ConflictResolution.TookOurs, Assert.Single(tookOurs.Conflicts).Resolution);
        Assert.Contains("t-sku-ours", Text(tookOurs, "tables/sku.json"), StringComparison.Ordinal);
        Assert.Equal(ConflictResolution.TookTheirs, Assert.Single(tookTheirs.Conflicts).Resolution);
        Assert.Contains("t-sku-theirs", Text(tookTheirs, "tables/sku.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_parsed_changed_on_both_sides_is_a_whole_file_conflict()
    {
        var b = Base().With("tables/broken.json", "{ not json");
        var ours = Base().With("tables/broken.json", "{ not json, ours");
        var theirs = Base().With("tables/broken.json", "{ not json, theirs");

        var failed = Merge(b, ours, theirs);
        var tookTheirs = Merge(b, ours, theirs, MergePolicy.Theirs);
        var deletedInOurs = Merge(b, Base(), theirs);
        var deletedInTheirs = Merge(b, ours, Base(), MergePolicy.Theirs);
        var addedTwice = Merge(Base(), ours, theirs);

        var conflict = Assert.Single(failed.Conflicts);
        Assert.Equal(("tables/broken.json", "changed differently on both sides (the file cannot be merged member by member)"), (conflict.File, conflict.Description));
        Assert.Equal("{ not json, ours", Text(failed, "tables/broken.json"));
        Assert.Equal("{ not json, theirs", Text(tookTheirs, "tables/broken.json"));
        Assert.Equal(ConflictResolution.TookTheirs, Assert.Single(tookTheirs.Conflicts).Resolution);
        Assert.Equal("deleted in ours, changed in theirs (the file cannot be merged member by member)", Assert.Single(deletedInOurs.Conflicts).Description);
        Assert.Null(Assert.Single(deletedInOurs.Conflicts).Ours);
        Assert.StartsWith("table:broken: deleted in ours, changed in theirs (the file cannot be merged member by member) (ours deleted, theirs \"blob ", deletedInOurs.Conflicts[0].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tables/broken.json", deletedInOurs.Files.Keys);
        Assert.Equal("changed in ours, deleted in theirs (the file cannot be merged member by member)", Assert.Single(deletedInTheirs.Conflicts).Description);
        Assert.Null(Assert.Single(deletedInTheirs.Conflicts).Theirs);
        Assert.DoesNotContain("tables/broken.json", deletedInTheirs.Files.Keys);
        Assert.Equal("added differently on both sides (the file cannot be merged member by member)", Assert.Single(addedTwice.Conflicts).Description);
    }

    [Fact]
    public void Files_outside_the_layout_merge_whole_by_path()
    {
        var b = Base().With("README.md", "base");
        var ours = Base().With("README.md", "ours").Table("category", extra: """, "description": "o" """);

        var oneSide = Merge(b, ours, Base().With("README.md", "base").Function("calc"));
        var bothSides = Merge(b, ours, Base().With("README.md", "theirs"));

        Assert.Empty(oneSide.Conflicts);
        Assert.Equal("ours", Text(oneSide, "README.md"));
        Assert.Equal("README.md", Assert.Single(bothSides.Conflicts).File);
        Assert.Null(Assert.Single(bothSides.Conflicts).Item);
    }

    [Fact]
    public void The_manifest_merges_member_by_member()
    {
        var b = Base().Manifest("""{ "include": { "functions": ["calc"] } }""");
        var ours = Base().Manifest("""{ "include": { "functions": ["calc"], "tables": ["category"] } }""");
        var theirs = Base().Manifest("""{ "include": { "functions": ["calc"] }, "records": { "product": "all" } }""");
        var conflicting = Base().Manifest("""{ "include": { "functions": ["calc"], "tables": ["product"] } }""");

        var result = Merge(b, ours, theirs);
        var conflict = Assert.Single(Merge(b, ours, conflicting).Conflicts);

        Assert.Empty(result.Conflicts);
        Assert.Equal("""{"include":{"functions":["calc"],"tables":["category"]},"records":{"product":"all"}}""", Compact(Text(result, "xanolink.json")));
        Assert.Equal(("xanolink.json", null, "include.tables"), (conflict.File, conflict.Item, conflict.Member));
        Assert.StartsWith("xanolink.json include.tables: added differently on both sides", conflict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Workspace_json_stays_ours_when_only_theirs_changed()
    {
        var theirs = Base().With("workspace.json", """{ "guid": "ws-other", "name": "shop:other" }""").Table("category", extra: """, "description": "t" """);

        var fast = Merge(Base(), Base(), theirs);
        var full = Merge(Base(), Base().Function("calc"), theirs);

        Assert.Contains("ws-source", Text(fast, "workspace.json"), StringComparison.Ordinal);
        Assert.Contains("\"t\"", Text(fast, "tables/category.json"), StringComparison.Ordinal);
        Assert.Contains("ws-source", Text(full, "workspace.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_that_cannot_be_read_makes_the_whole_file_a_conflict_and_drops_nothing()
    {
        var ours = Base().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\nnot json\n").With("tables/category.json", "{ broken");
        var theirs = Base().With("tables/product.records.jsonl", "{\"id\":1,\"price\":6}\n{\"id\":2,\"price\":7}\n").Table("category", extra: """, "description": "t" """);

        var result = Merge(Base(), ours, theirs);

        Assert.Equal(["tables/category.json", "tables/product.records.jsonl"], result.Conflicts.Select(c => c.File));
        Assert.Equal("changed differently on both sides (the file cannot be merged member by member)", result.Conflicts[1].Description);
        Assert.Equal("{\"id\":1,\"price\":5}\nnot json\n", Text(result, "tables/product.records.jsonl"));
        Assert.Equal("{ broken", Text(result, "tables/category.json"));
    }

    [Fact]
    public void A_manifest_that_cannot_be_read_on_both_sides_is_a_whole_file_conflict()
    {
        var result = Merge(Base().Manifest("{ }"), Base().Manifest("{ ours"), Base().Manifest("{ theirs"), MergePolicy.Theirs);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("xanolink.json", null, ConflictResolution.TookTheirs), (conflict.File, conflict.Item, conflict.Resolution));
        Assert.Equal("{ theirs", Text(result, "xanolink.json"));
    }

    [Fact]
    public void An_empty_guid_is_no_identity_so_moving_such_a_file_is_a_delete_and_an_add()
    {
        var b = Base().With("tables/a.json", """{ "guid": "", "name": "a", "fields": [ { "name": "id", "type": "int" } ] }""");
        var ours = Base().With("tables/a.json", """{ "guid": "", "name": "a", "fields": [ { "name": "id", "type": "int" } ], "description": "o" }""");
        var theirs = Base().With("tables/b.json", """{ "guid": "", "name": "b", "fields": [ { "name": "id", "type": "int" } ] }""");

        var result = Merge(b, ours, theirs);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("table:a", "changed in ours, deleted in theirs"), (conflict.Item.ToString(), conflict.Description));
        Assert.Contains("tables/b.json", result.Files.Keys);
    }

    [Fact]
    public void Conflicts_are_listed_by_file_then_member()
    {
        static WorkspaceFiles Side(string v) => Base()
            .Function("calc", """{ "op": "db.get", "table": "product", "as": "p" }""", $$""", "description": "{{v}}", "active": "{{v}}" """)
            .Table("category", extra: $$""", "description": "{{v}}" """);

        var result = Merge(Base(), Side("o"), Side("t"));

        Assert.Equal(
            ["functions/calc.json active", "functions/calc.json description", "tables/category.json description"],
            result.Conflicts.Select(c => $"{c.File} {c.Member}"));
    }

    [Fact]
    public void An_item_whose_name_gives_no_path_keeps_the_path_merged_three_ways()
    {
        const string Bad = """{ "guid": "t-bad", "name": "bad name", "fields": [ { "name": "id", "type": "int" } ] }""";
        const string BadEdited = """{ "guid": "t-bad", "name": "bad name", "fields": [ { "name": "id", "type": "int" } ], "description": "e" }""";
        var b = Base().With("tables/x.json", Bad);

        var movedInOurs = Merge(b, Base().With("tables/y.json", Bad), Base().With("tables/x.json", BadEdited));
        var movedInTheirs = Merge(b, Base().With("tables/x.json", BadEdited), Base().With("tables/y.json", Bad));
        var movedTwice = Merge(b, Base().With("tables/y.json", BadEdited), Base().With("tables/z.json", Bad), MergePolicy.Theirs);
        var movedTwiceOurs = Merge(b, Base().With("tables/y.json", BadEdited), Base().With("tables/z.json", Bad));

        Assert.Equal(["tables/y.json"], movedInOurs.Files.Keys.Where(k => k is "tables/x.json" or "tables/y.json" or "tables/z.json"));
        Assert.Contains("\"e\"", Text(movedInOurs, "tables/y.json"), StringComparison.Ordinal);
        Assert.Equal(["tables/y.json"], movedInTheirs.Files.Keys.Where(k => k is "tables/x.json" or "tables/y.json" or "tables/z.json"));
        Assert.Equal(["tables/z.json"], movedTwice.Files.Keys.Where(k => k is "tables/x.json" or "tables/y.json" or "tables/z.json"));
        Assert.Equal(["tables/y.json"], movedTwiceOurs.Files.Keys.Where(k => k is "tables/x.json" or "tables/y.json" or "tables/z.json"));
    }

    [Fact]
    public void An_endpoint_named_outside_its_group_folder_stays_where_it_is()
    {
        var b = Base().Group("orders").With("apis/orders/list.json", """{ "guid": "a-list", "name": "list", "verb": "GET", "path": "/x", "steps": [] }""");
        var ours = Base().Group("orders").With("apis/orders/list.json", """{ "guid": "a-list", "name": "list", "verb": "GET", "path": "/y", "steps": [] }""");
        var theirs = Base().Group("orders").With("apis/orders/list.json", """{ "guid": "a-list", "name": "list", "verb": "POST", "path": "/x", "steps": [] }""");

        var result = Merge(b, ours, theirs);

        Assert.Empty(result.Conflicts);
        Assert.Contains("\"POST\"", Text(result, "apis/orders/list.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("apis/list.json", result.Files.Keys);
    }

    [Fact]
    public void A_records_file_deleted_on_one_side_and_edited_on_the_other_is_one_conflict_on_the_records()
    {
        var ours = Base().Without("tables/product.records.jsonl");
        var theirs = Base().With("tables/product.records.jsonl", "{\"id\":2,\"price\":8}\n{\"id\":1,\"price\":5}\n");

        var failed = Merge(Base(), ours, theirs);
        var tookTheirs = Merge(Base(), ours, theirs, MergePolicy.Theirs);

        var conflict = Assert.Single(failed.Conflicts);
        Assert.Equal(("table:product", "records", "deleted in ours, changed in theirs"), (conflict.Item.ToString(), conflict.Member, conflict.Description));
        Assert.DoesNotContain("tables/product.records.jsonl", failed.Files.Keys);
        Assert.Equal("{\"id\":1,\"price\":5}\n{\"id\":2,\"price\":8}\n", Text(tookTheirs, "tables/product.records.jsonl"));
    }

    private static string Compact(string json) => XanoLink.Json.CanonicalJson.Compact(Newtonsoft.Json.Linq.JToken.Parse(json));

    [Fact]
    public void A_table_renamed_inside_its_file_while_the_other_side_edited_it_moves_to_its_new_name_with_its_records()
    {
        var ours = Base().With("tables/product.json", """{ "guid": "t-product", "name": "item", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" } ] }""");
        var theirs = Base().Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }, { "name": "note", "type": "text" }""");

        var result = Merge(Base(), ours, theirs);

        Assert.Empty(result.Conflicts);
        Assert.Equal(["functions/calc.json", "tables/category.json", "tables/item.json", "tables/item.records.jsonl", "workspace.json"], result.Files.Keys);
        Assert.Equal("""{"guid":"t-product","name":"item","fields":[{"name":"id","type":"int"},{"name":"price","type":"decimal"},{"name":"note","type":"text"}]}""", Compact(Text(result, "tables/item.json")));
        Assert.Equal(ProductRecords, Text(result, "tables/item.records.jsonl"));
    }

    [Fact]
    public void A_json_file_outside_the_data_model_is_taken_byte_for_byte_not_rewritten()
    {
        const string Settings = "{\"b\": 2,   \"a\": 1}\n";
        var b = Base().With("ci/settings.json", "{\"b\": 1,   \"a\": 1}\n");
        var ours = Base().With("ci/settings.json", Settings).Table("category", extra: """, "description": "o" """);
        var theirs = Base().With("ci/settings.json", "{\"b\": 1,   \"a\": 1}\n").Function("calc", extra: """, "description": "t" """);

        var result = Merge(b, ours, theirs);

        Assert.Empty(result.Conflicts);
        Assert.Equal(Settings, Text(result, "ci/settings.json"));
    }

    [Fact]
    public void A_side_without_workspace_json_that_changed_nothing_gives_the_other_side_without_one()
    {
        static WorkspaceFiles Bare() => Base().Without("workspace.json");
        var theirs = Bare().Table("category", extra: """, "description": "t" """);

        var result = Merge(Bare(), Bare(), theirs);

        Assert.Empty(result.Conflicts);
        Assert.Equal(["functions/calc.json", "tables/category.json", "tables/product.json", "tables/product.records.jsonl"], result.Files.Keys);
        Assert.Contains("\"t\"", Text(result, "tables/category.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_file_with_a_byte_order_mark_changed_on_both_sides_is_a_whole_file_conflict()
    {
        const string Bom = "\uFEFF";
        var b = Base().With("tables/bom.json", Bom + """{ "guid": "t-bom", "name": "bom", "fields": [ { "name": "id", "type": "int" } ] }""");
        var ours = Base().With("tables/bom.json", Bom + """{ "guid": "t-bom", "name": "bom", "fields": [ { "name": "id", "type": "int" } ], "description": "o" }""");
        var theirs = Base().With("tables/bom.json", Bom + """{ "guid": "t-bom", "name": "bom", "fields": [ { "name": "id", "type": "int" }, { "name": "a", "type": "text" } ] }""");

        var result = Merge(b, ours, theirs);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("changed differently on both sides (the file cannot be merged member by member)", conflict.Description);
        Assert.Equal(Bom + """{ "guid": "t-bom", "name": "bom", "fields": [ { "name": "id", "type": "int" } ], "description": "o" }""", Text(result, "tables/bom.json"));
    }
}
