using System.Text;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

/// <summary>One file merged the way Git's merge driver asks: text in, canonical bytes or a problem out.</summary>
public class FileMergeTests
{
    private const string Product = """{ "guid": "t-product", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""";

    private static string? Text(FileMergeResult result) => result.Merged is null ? null : Encoding.UTF8.GetString(result.Merged);

    [Fact]
    public void An_object_in_a_subfolder_merges_member_by_member_and_names_its_item()
    {
        var ours = """{ "guid": "t-product", "name": "product", "description": "o", "fields": [ { "name": "id", "type": "int" } ] }""";
        var theirs = """{ "guid": "t-product", "name": "product", "description": "t", "fields": [ { "name": "id", "type": "int" }, { "name": "x", "type": "text" } ] }""";

        var result = FileMerge.Merge("example/tables/product.json", Product, ours, theirs, MergePolicy.Fail);

        Assert.Null(result.Problem);
        Assert.True(result.HasUnresolvedConflicts);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("table:product", "table:product", "description"), (conflict.Item.ToString(), conflict.File, conflict.Member));
        Assert.Equal("{\n  \"guid\": \"t-product\",\n  \"name\": \"product\",\n  \"description\": \"o\",\n  \"fields\": [\n    {\n      \"name\": \"id\",\n      \"type\": \"int\"\n    },\n    {\n      \"name\": \"x\",\n      \"type\": \"text\"\n    }\n  ]\n}\n", Text(result));
        Assert.False(FileMerge.Merge("example/tables/product.json", Product, ours, theirs, MergePolicy.Ours).HasUnresolvedConflicts);
    }

    [Fact]
    public void A_file_outside_the_layout_is_named_by_its_path()
    {
        var result = FileMerge.Merge("notes/x.json", """{ "a": 1 }""", """{ "a": 2 }""", """{ "a": 3 }""", MergePolicy.Fail);

        Assert.Equal((null, "notes/x.json"), (Assert.Single(result.Conflicts).Item, result.Conflicts[0].File));
    }

    [Fact]
    public void An_object_deleted_on_both_sides_is_deleted_and_an_empty_text_is_an_absent_side()
    {
        var deleted = FileMerge.Merge("tables/product.json", Product, "", "  \n", MergePolicy.Fail);
        var addedOnBoth = FileMerge.Merge("tables/product.json", "", Product, Product, MergePolicy.Fail);

        Assert.Null(deleted.Merged);
        Assert.Empty(deleted.Conflicts);
        Assert.Null(deleted.Problem);
        Assert.False(deleted.HasUnresolvedConflicts);
        Assert.NotNull(addedOnBoth.Merged);
        Assert.Empty(addedOnBoth.Conflicts);
    }

    [Fact]
    public void A_records_file_missing_on_one_side_merges_as_an_empty_list()
    {
        var result = FileMerge.Merge("tables/product.records.jsonl", "{\"id\":1}\n{\"id\":2}\n", "", "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n", MergePolicy.Fail);
        var mirrored = FileMerge.Merge("tables/product.records.jsonl", "{\"id\":1}\n{\"id\":2}\n", "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n", "", MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal("{\"id\":3}\n", Text(result));
        Assert.Empty(mirrored.Conflicts);
        Assert.Equal("{\"id\":3}\n", Text(mirrored));
    }

    [Fact]
    public void Text_that_is_not_one_json_object_is_a_problem_not_a_merge()
    {
        var array = FileMerge.Merge("tables/product.json", Product, "[1]", Product, MergePolicy.Fail);
        var broken = FileMerge.Merge("tables/product.records.jsonl", "", "{\"id\":1}\n{oops\n", "{\"id\":2}\n", MergePolicy.Fail);

        Assert.Equal("the file does not hold one JSON object", array.Problem);
        Assert.Null(array.Merged);
        Assert.Empty(array.Conflicts);
        Assert.StartsWith("malformed JSON: ", broken.Problem, StringComparison.Ordinal);
        Assert.Null(broken.Merged);
    }

    [Theory]
    [InlineData("example/tables/product.json", "table:product")]
    [InlineData("example\\functions\\billing\\calc.json", "function:billing/calc")]
    [InlineData("a/b/tables/product.records.jsonl", "table:product")]
    [InlineData("docs/README.md", null)]
    [InlineData("workspace.json", null)]
    public void The_item_a_path_holds_is_found_below_any_folder(string path, string? key) => Assert.Equal(key, FileMerge.KeyOf(path)?.ToString());

    [Theory]
    [InlineData("workspace.json", true)]
    [InlineData("example/workspace.json", true)]
    [InlineData("example\\workspace.json", true)]
    [InlineData("workspace.json.bak", false)]
    [InlineData("tables/workspace.json.x", false)]
    public void Workspace_json_is_recognised_in_any_folder(string path, bool expected) => Assert.Equal(expected, FileMerge.IsWorkspaceInfo(path));
}
