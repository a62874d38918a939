using Newtonsoft.Json.Linq;
using XanoLink.Diff;
using XanoLink.Files;

namespace XanoLink.Core.Tests.Diff;

public sealed class WorkspaceDiffTests
{
    private static DiffReport Compare(WorkspaceFiles left, WorkspaceFiles right, DiffOptions? options = null) =>
        WorkspaceDiff.Compare(left.Source(), right.Source(), options);

    private static string[] Lines(ItemDiff item) =>
        item.Changes.Select(c => $"{c.Kind.Word()} {c.Name} {c.Change.Word()} {c.Path}").ToArray();

    [Fact]
    public void The_reference_example_gives_exactly_its_six_changes()
    {
        var report = Compare(DiffFixtures.Before(), DiffFixtures.After());

        var item = Assert.Single(report.Items);
        Assert.Equal("api:products/update", item.Key);
        Assert.Equal(ItemStatus.Modified, item.Status);
        Assert.Equal(
            [
                "input created_at deleted inputs[0]",
                "input name edited inputs[0]",
                "input category edited inputs[1]",
                "input value edited inputs[2]",
                "step API Request added steps[2]",
                "step Create Variable added steps[3]",
            ],
            Lines(item));
        Assert.NotNull(item.Delta);
        Assert.Empty(report.Collisions);
    }

    [Fact]
    public void An_inserted_step_is_added_not_every_later_step_edited()
    {
        var steps = new[]
        {
            """{ "op": "db.get", "table": "product", "as": "p" }""",
            """{ "op": "var.create", "as": "a", "value": 1 }""",
            """{ "op": "var.update", "var": "a", "value": 2 }""",
            """{ "op": "return", "value": "$a" }""",
        };
        var inserted = """{ "op": "api.request", "url": "https://x.example/", "as": "r" }""";
        var left = new WorkspaceFiles().Function("f", string.Join(",", steps));
        var right = new WorkspaceFiles().Function("f", string.Join(",", steps[..2].Append(inserted).Concat(steps[2..])));

        var item = Assert.Single(Compare(left, right).Items);

        Assert.Equal(["step API Request added steps[2]"], Lines(item));
    }

    [Fact]
    public void A_changed_step_inside_a_conditional_is_one_nested_edit()
    {
        static string Steps(string total) => $$"""
            { "op": "var.create", "as": "total", "value": 1 },
            { "op": "conditional", "if": "$total > 100", "then": [ { "op": "var.update", "var": "total", "value": "{{total}}" } ], "else": [] },
            { "op": "return", "value": "$total" }
            """;
        var left = new WorkspaceFiles().Function("f", Steps("$total * 0.95"));
        var right = new WorkspaceFiles().Function("f", Steps("$total * 0.90"));

        var item = Assert.Single(Compare(left, right).Items);

        var change = Assert.Single(item.Changes);
        Assert.Equal((ChangeKind.Step, "Update Variable", ChangeType.Edited, "steps[1].then[0]"), (change.Kind, change.Name, change.Change, change.Path));
        Assert.Equal("$total * 0.95", (string?)change.Before!["value"]);
        Assert.Equal("$total * 0.90", (string?)change.After!["value"]);
    }

    [Fact]
    public void Reordered_steps_are_moved()
    {
        var a = """{ "op": "var.create", "as": "a", "value": 1 }""";
        var b = """{ "op": "var.create", "as": "b", "value": 2 }""";
        var c = """{ "op": "var.create", "as": "c", "value": 3 }""";
        var item = Assert.Single(Compare(new WorkspaceFiles().Function("f", $"{a},{b},{c}"), new WorkspaceFiles().Function("f", $"{c},{a},{b}")).Items);

        Assert.Equal(["step Create Variable moved steps[0]"], Lines(item));
    }

    [Fact]
    public void Same_guid_under_another_name_is_a_rename()
    {
        var left = new WorkspaceFiles().With("functions/old_name.json", """{ "guid": "f-1", "name": "old_name", "steps": [] }""");
        var right = new WorkspaceFiles().With("functions/new_name.json", """{ "guid": "f-1", "name": "new_name", "steps": [], "description": "d" }""");

        var item = Assert.Single(Compare(left, right).Items);

        Assert.Equal(("function:new_name", ItemStatus.Renamed, "old_name"), (item.Key, item.Status, item.OldName));
        Assert.Equal(["property name edited name", "property description added description"], Lines(item));
    }

    [Fact]
    public void Same_kind_and_name_under_another_guid_is_a_collision()
    {
        var left = new WorkspaceFiles().With("tables/product.json", """{ "guid": "left-guid", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""");
        var right = new WorkspaceFiles().With("tables/product.json", """{ "guid": "right-guid", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""");

        var report = Compare(left, right);

        Assert.Equal(new GuidCollision("table:product", "left-guid", "right-guid"), Assert.Single(report.Collisions));
        Assert.Equal(["property guid edited guid"], Lines(Assert.Single(report.Items)));
    }

    [Fact]
    public void Records_are_matched_by_id_and_counted_per_table()
    {
        var left = new WorkspaceFiles().Table("product", """{ "name": "id", "type": "int" }, { "name": "name", "type": "text" }""")
            .With("tables/product.records.jsonl", "{\"id\":1,\"name\":\"a\"}\n{\"id\":2,\"name\":\"b\"}\n{\"id\":3,\"name\":\"c\"}\n");
        var right = new WorkspaceFiles().Table("product", """{ "name": "id", "type": "int" }, { "name": "name", "type": "text" }""")
            .With("tables/product.records.jsonl", "{\"id\":3,\"name\":\"c\"}\n{\"id\":1,\"name\":\"A\"}\n{\"id\":4,\"name\":\"d\"}\n{\"id\":10,\"name\":\"e\"}\n");

        var item = Assert.Single(Compare(left, right).Items);

        Assert.Equal(("table:product", ItemStatus.Modified), (item.Key, item.Status));
        Assert.Equal(new RecordCounts(Added: 2, Deleted: 1, Edited: 1), item.Records);
        Assert.Equal(["record 1 edited records[1]", "record 2 deleted records[2]", "record 4 added records[4]", "record 10 added records[10]"], Lines(item));
    }

    [Fact]
    public void Fields_and_indexes_are_matched_by_name_and_by_type_and_fields()
    {
        var left = new WorkspaceFiles().Table("t", """{ "name": "id", "type": "int" }, { "name": "a", "type": "text" }""", """, "indexes": [ { "type": "btree", "fields": ["a"] } ]""");
        var right = new WorkspaceFiles().Table("t", """{ "name": "id", "type": "int" }, { "name": "a", "type": "email" }, { "name": "b", "type": "int" }""", """, "indexes": [ { "type": "btree|unique", "fields": ["a"] } ]""");

        var item = Assert.Single(Compare(left, right).Items);

        Assert.Equal(["field a edited fields[1]", "field b added fields[2]", "index btree(a) deleted indexes[0]", "index btree|unique(a) added indexes[0]"], Lines(item));
    }

    [Fact]
    public void Unchanged_files_are_never_read()
    {
        var reads = 0;
        var common = new Dictionary<string, byte[]>
        {
            ["workspace.json"] = """{ "guid": "w", "name": "w" }"""u8.ToArray(),
            ["tables/t.json"] = """{ "guid": "t", "name": "t", "fields": [ { "name": "id", "type": "int" } ] }"""u8.ToArray(),
        };
        IFileSource Side(string description) => new CountingSource(common, () => reads++, description);

        var report = WorkspaceDiff.Compare(Side("left"), Side("right"));

        Assert.False(report.HasDifferences);
        Assert.Equal(0, reads);
    }

    [Fact]
    public void Only_the_asked_item_is_reported()
    {
        var (left, right) = DiffFixtures.Showcase();

        var report = Compare(left, right, new DiffOptions("function:billing/old_total"));

        Assert.Equal("function:billing/new_total", Assert.Single(report.Items).Key);
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_its_item_left_out()
    {
        var left = new WorkspaceFiles().Function("f");
        var right = new WorkspaceFiles().With("functions/f.json", "{ not json");

        var report = Compare(left, right);

        Assert.Empty(report.Items);
        Assert.Equal("XL3050", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void The_manifest_is_an_item_with_property_changes_and_workspace_json_is_ignored()
    {
        var left = new WorkspaceFiles().Manifest("""{ "include": { "tables": "*" }, "autoIncludeDependencies": true }""");
        var right = new WorkspaceFiles().Manifest("""{ "include": { "tables": [] } }""")
            .With("workspace.json", """{ "guid": "other", "name": "shop:acme" }""");

        var item = Assert.Single(Compare(left, right).Items);

        Assert.Equal("manifest", item.Key);
        Assert.Equal(["property include edited include", "property autoIncludeDependencies deleted autoIncludeDependencies"], Lines(item));
    }

    private sealed class CountingSource(Dictionary<string, byte[]> files, Action onRead, string description) : IFileSource
    {
        public string Description => description;

        public IReadOnlyList<SourceFile> Files() => files
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new SourceFile(kv.Key, kv.Value.Length, () => { onRead(); return kv.Value; }, GitBlobId.Of(kv.Value)))
            .ToArray();
    }

    internal static JObject Parse(string json) => JObject.Parse(json);
}
