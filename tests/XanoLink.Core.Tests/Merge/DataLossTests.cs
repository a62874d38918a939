using System.Text;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

public class DataLossTests
{
    private const string Records = "{\"id\":1,\"price\":5}\n{\"id\":2,\"price\":7}\n{\"id\":3,\"price\":9}\n";

    private static WorkspaceFiles Tenant() => new WorkspaceFiles()
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }, { "name": "note", "type": "text" }""")
        .With("tables/product.records.jsonl", Records)
        .Table("category")
        .Function("calc");

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/> as publish hands it over: changed paths (deletions included) and the paths after.</summary>
    private sealed record Change(Dictionary<string, byte[]> Before, Dictionary<string, byte[]> After)
    {
        public static Change Of(WorkspaceFiles before, WorkspaceFiles after) => new(Bytes(before), Bytes(after));

        public IEnumerable<string> Changed => Before.Keys.Union(After.Keys)
            .Where(p => !(Before.TryGetValue(p, out var b) && After.TryGetValue(p, out var a) && b.AsSpan().SequenceEqual(a)))
            .Order(StringComparer.Ordinal);

        public IReadOnlyList<DataLossLine> Find() => DataLoss.Find(Before.GetValueOrDefault, After.GetValueOrDefault, Changed, After.Keys);

        public IReadOnlyDictionary<string, byte[]?> Accept() => DataLoss.Accept(Before.GetValueOrDefault, After.GetValueOrDefault, Changed, After.Keys);

        /// <summary>The files after, with the accepted loss's fixes written.</summary>
        public WorkspaceFiles Accepted()
        {
            var files = new WorkspaceFiles();
            foreach (var (path, bytes) in After)
            {
                files.With(path, Encoding.UTF8.GetString(bytes));
            }

            foreach (var (path, bytes) in Accept())
            {
                _ = bytes is null ? files.Without(path) : files.With(path, Encoding.UTF8.GetString(bytes));
            }

            return files;
        }

        private static Dictionary<string, byte[]> Bytes(WorkspaceFiles files) =>
            files.Source().Files().ToDictionary(f => f.Path, f => f.ReadAllBytes(), StringComparer.Ordinal);
    }

    private static string[] Lines(IEnumerable<DataLossLine> lines) => lines.Select(l => l.ToString()).ToArray();

    private static string Text(byte[]? bytes) => bytes is null ? "(deleted)" : Encoding.UTF8.GetString(bytes);

    [Fact]
    public void Records_the_change_deletes_are_named_by_id_and_nothing_needs_fixing()
    {
        var change = Change.Of(Tenant(), Tenant().With("tables/product.records.jsonl", "{\"id\":2,\"price\":7}\n"));

        Assert.Equal(["table:product: 2 tenant records would be deleted (id 1, 3)"], Lines(change.Find()));
        Assert.Empty(change.Accept());
    }

    [Fact]
    public void One_deleted_record_is_counted_in_the_singular()
    {
        var change = Change.Of(Tenant(), Tenant().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":3,\"price\":9}\n"));

        Assert.Equal(["table:product: 1 tenant record would be deleted (id 2)"], Lines(change.Find()));
    }

    [Fact]
    public void More_than_ten_deleted_records_name_the_first_ten()
    {
        var many = string.Concat(Enumerable.Range(1, 12).Select(i => $"{{\"id\":{i}}}\n"));
        var change = Change.Of(Tenant().With("tables/product.records.jsonl", many), Tenant().Without("tables/product.records.jsonl"));

        Assert.Equal(["table:product: 12 tenant records would be deleted (id 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ...)"], Lines(change.Find()));
    }

    [Fact]
    public void Exactly_ten_deleted_records_are_all_named_without_an_ellipsis()
    {
        var ten = string.Concat(Enumerable.Range(1, 10).Select(i => $"{{\"id\":{i}}}\n"));
        var change = Change.Of(Tenant().With("tables/product.records.jsonl", ten), Tenant().Without("tables/product.records.jsonl"));

        Assert.Equal(["table:product: 10 tenant records would be deleted (id 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)"], Lines(change.Find()));
    }

    [Fact]
    public void A_deleted_table_takes_its_records_and_accepting_deletes_the_records_file()
    {
        var change = Change.Of(Tenant(), Tenant().Without("tables/product.json").Without("tables/product.records.jsonl"));

        Assert.Equal(["table:product: the table is deleted with its 3 tenant records (tables/product.records.jsonl)"], Lines(change.Find()));
        var fix = Assert.Single(change.Accept());
        Assert.Equal(("tables/product.records.jsonl", null), (fix.Key, fix.Value));
    }

    [Fact]
    public void Records_left_behind_by_a_deleted_table_are_orphaned_and_accepting_deletes_them()
    {
        var change = Change.Of(Tenant(), Tenant().Without("tables/product.json"));

        Assert.Equal(["table:product: the table is deleted; its 3 tenant records in tables/product.records.jsonl would be left without a table"], Lines(change.Find()));
        Assert.Equal(["tables/product.records.jsonl"], change.Accept().Where(f => f.Value is null).Select(f => f.Key));
        Assert.Empty(change.Accepted().Validate().Diagnostics);
    }

    [Fact]
    public void A_renamed_table_that_takes_its_records_along_loses_nothing()
    {
        var renamed = Tenant().Without("tables/product.json").Without("tables/product.records.jsonl")
            .With("tables/item.json", """{ "guid": "t-product", "name": "item", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }, { "name": "note", "type": "text" } ] }""")
            .With("tables/item.records.jsonl", Records);
        var change = Change.Of(Tenant(), renamed);

        Assert.Empty(change.Find());
        Assert.Empty(change.Accept());
    }

    [Fact]
    public void A_renamed_table_whose_records_stayed_behind_loses_them()
    {
        var renamed = Tenant().Without("tables/product.json").Without("tables/product.records.jsonl")
            .With("tables/item.json", """{ "guid": "t-product", "name": "item", "fields": [ { "name": "id", "type": "int" } ] }""")
            .With("tables/item.records.jsonl", "{\"id\":3}\n");
        var change = Change.Of(Tenant(), renamed);

        Assert.Equal(["table:product: 2 tenant records would be deleted (id 1, 2)"], Lines(change.Find()));
    }

    [Fact]
    public void A_deleted_field_that_records_hold_values_for_is_reported_and_accepting_strips_the_values()
    {
        var before = Tenant().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5,\"note\":\"a\"}\n{\"id\":2,\"price\":7,\"note\":null}\n{\"id\":3,\"note\":\"c\"}\n");
        var after = new WorkspaceFiles().Table("product", """{ "name": "id", "type": "int" }""").Table("category").Function("calc")
            .With("tables/product.records.jsonl", "{\"id\":1,\"price\":5,\"note\":\"a\"}\n{\"id\":2,\"price\":7,\"note\":null}\n{\"id\":3,\"note\":\"c\"}\n");
        var change = Change.Of(before, after);

        Assert.Equal(
            ["table:product: field 'price' is deleted; 2 tenant records hold a value for it", "table:product: field 'note' is deleted; 2 tenant records hold a value for it"],
            Lines(change.Find()));
        var fix = Assert.Single(change.Accept());
        Assert.Equal(("tables/product.records.jsonl", "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n"), (fix.Key, Text(fix.Value)));
        Assert.Empty(change.Accepted().Validate().Diagnostics);
    }

    [Fact]
    public void One_record_holding_a_deleted_field_is_counted_in_the_singular()
    {
        var after = Tenant().Table("product", """{ "name": "id", "type": "int" }, { "name": "note", "type": "text" }""");

        Assert.Equal(["table:product: field 'price' is deleted; 1 tenant record holds a value for it"], Lines(Change.Of(
            Tenant().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":2}\n"),
            after.With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":2}\n")).Find()));
    }

    [Fact]
    public void A_deleted_field_no_record_holds_a_value_for_loses_nothing()
    {
        var after = Tenant().Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }""")
            .With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":2,\"note\":null}\n");
        var change = Change.Of(Tenant().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":2,\"note\":null}\n"), after);

        Assert.Empty(change.Find());
        Assert.Empty(change.Accept());
    }

    [Fact]
    public void A_renamed_table_that_also_drops_a_field_has_its_new_records_file_fixed()
    {
        var renamed = Tenant().Without("tables/product.json").Without("tables/product.records.jsonl")
            .With("tables/item.json", """{ "guid": "t-product", "name": "item", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" } ] }""")
            .With("tables/item.records.jsonl", "{\"id\":1,\"price\":5,\"note\":\"x\"}\n{\"id\":2}\n{\"id\":3}\n");
        var change = Change.Of(Tenant(), renamed);

        Assert.Equal(["table:product: field 'note' is deleted; 1 tenant record holds a value for it"], Lines(change.Find()));
        var fix = Assert.Single(change.Accept());
        Assert.Equal(("tables/item.records.jsonl", "{\"id\":1,\"price\":5}\n{\"id\":2}\n{\"id\":3}\n"), (fix.Key, Text(fix.Value)));
        Assert.Empty(change.Accepted().Validate().Diagnostics);
    }

    [Fact]
    public void A_table_without_a_guid_is_followed_by_its_path()
    {
        var before = Tenant().With("tables/product.json", """{ "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""")
            .With("tables/product.records.jsonl", "{\"id\":1}\n{\"id\":2}\n");
        var kept = Change.Of(before, Tenant().With("tables/product.json", """{ "name": "product", "fields": [ { "name": "id", "type": "int" } ], "description": "x" }""")
            .With("tables/product.records.jsonl", "{\"id\":1}\n{\"id\":2}\n"));
        var deleted = Change.Of(before, Tenant().Without("tables/product.json").Without("tables/product.records.jsonl"));

        Assert.Empty(kept.Find());
        Assert.Equal(["table:product: the table is deleted with its 2 tenant records (tables/product.records.jsonl)"], Lines(deleted.Find()));
    }

    [Fact]
    public void Changes_that_touch_no_table_or_no_records_lose_nothing()
    {
        var functionOnly = Change.Of(Tenant().Function("product"), Tenant());
        var emptyTableDeleted = Change.Of(Tenant(), Tenant().Without("tables/category.json"));
        var unchanged = Change.Of(Tenant(), Tenant());

        Assert.Empty(functionOnly.Find());
        Assert.Empty(emptyTableDeleted.Find());
        Assert.Empty(emptyTableDeleted.Accept());
        Assert.Empty(unchanged.Find());
    }

    [Fact]
    public void Unreadable_records_deleted_or_replaced_are_reported_whole_and_left_alone_are_not()
    {
        static WorkspaceFiles Unreadable() => Tenant().With("tables/product.records.jsonl", "{\"id\":1}\nnot json\n");
        var deleted = Change.Of(Unreadable(), Tenant().Without("tables/product.json").Without("tables/product.records.jsonl"));
        var replaced = Change.Of(Unreadable(), Tenant());
        var untouched = Change.Of(Unreadable(), Unreadable().Function("product"));

        Assert.Equal(
            ["table:product: tables/product.records.jsonl cannot be read as records (fix it in the tenant first: 'xanolink validate' shows where), and the publish would delete it with everything in it"],
            Lines(deleted.Find()));
        Assert.Equal(
            ["table:product: tables/product.records.jsonl cannot be read as records (fix it in the tenant first: 'xanolink validate' shows where), and the publish would replace it with everything in it"],
            Lines(replaced.Find()));
        Assert.Empty(untouched.Find());
    }

    [Fact]
    public void Each_table_is_reported_once_in_name_order()
    {
        var before = Tenant().With("tables/category.records.jsonl", "{\"id\":1}\n");
        var after = Tenant().Without("tables/product.json").Without("tables/product.records.jsonl").Without("tables/category.records.jsonl");
        var change = Change.Of(before, after);

        Assert.Equal(
            ["table:category: 1 tenant record would be deleted (id 1)", "table:product: the table is deleted with its 3 tenant records (tables/product.records.jsonl)"],
            Lines(change.Find()));
    }

    [Fact]
    public void A_line_without_an_item_is_its_message()
    {
        Assert.Equal("x is gone", new DataLossLine(null, "x is gone").ToString());
    }

    [Fact]
    public void Unreadable_records_that_follow_their_renamed_table_unchanged_lose_nothing()
    {
        const string Unreadable = "{\"id\":1}\nnot json\n";
        var before = Tenant().With("tables/product.records.jsonl", Unreadable);
        var after = Tenant().Without("tables/product.json").Without("tables/product.records.jsonl")
            .With("tables/item.json", """{ "guid": "t-product", "name": "item", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }, { "name": "note", "type": "text" } ] }""")
            .With("tables/item.records.jsonl", Unreadable);

        Assert.Empty(Change.Of(before, after).Find());
    }

    [Fact]
    public void An_empty_records_file_deleted_with_its_table_loses_nothing()
    {
        var change = Change.Of(Tenant().With("tables/product.records.jsonl", ""), Tenant().Without("tables/product.json").Without("tables/product.records.jsonl"));

        Assert.Empty(change.Find());
        Assert.Empty(change.Accept());
    }

    [Fact]
    public void A_table_whose_fields_no_longer_list_id_loses_no_record_ids()
    {
        var change = Change.Of(Tenant(), Tenant().Table("product", """{ "name": "price", "type": "decimal" }, { "name": "note", "type": "text" }"""));

        Assert.Empty(change.Find());
    }

    [Fact]
    public void Accepting_two_deleted_fields_that_one_record_holds_strips_both_from_it()
    {
        var before = Tenant().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5,\"note\":\"n\"}\n");
        var after = Tenant().With("tables/product.records.jsonl", "{\"id\":1,\"price\":5,\"note\":\"n\"}\n").Table("product");
        var change = Change.Of(before, after);

        Assert.Equal(
            ["table:product: field 'price' is deleted; 1 tenant record holds a value for it", "table:product: field 'note' is deleted; 1 tenant record holds a value for it"],
            Lines(change.Find()));
        var fix = Assert.Single(change.Accept());
        Assert.Equal(("tables/product.records.jsonl", "{\"id\":1}\n"), (fix.Key, Encoding.UTF8.GetString(fix.Value!)));
    }
}
