using XanoLink.Diagnostics;

namespace XanoLink.Core.Tests.Validation;

public sealed class IdentityAndRecordTests
{
    private static Diagnostic Single(WorkspaceFiles files, string code) =>
        Assert.Single(files.Validate().Diagnostics, d => d.Code == code);

    [Fact]
    public void A_duplicate_guid_names_the_first_owner()
    {
        var d = Single(new WorkspaceFiles().Table("product").With("tables/category.json", """{ "guid": "t-product", "name": "category", "fields": [ { "name": "id", "type": "int" } ] }"""), "XL1023");
        Assert.Equal("tables/product.json", d.File);
        Assert.Contains("table:category", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_differ_only_in_case_collide()
    {
        Single(new WorkspaceFiles().Table("product").With("tables/Product.json", """{ "guid": "t-2", "name": "Product", "fields": [ { "name": "id", "type": "int" } ] }"""), "XL1024");
    }

    [Fact]
    public void References_resolve_at_any_depth_of_nested_steps()
    {
        var steps = """{ "op": "conditional", "if": "1", "then": [ { "op": "foreach", "list": "$x", "steps": [ { "op": "function.run", "function": "missing" } ] } ], "else": [] }""";
        var d = Single(new WorkspaceFiles().Function("f", steps), "XL1030");
        Assert.Contains("function 'missing'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endpoint_needs_its_group_file()
    {
        Single(new WorkspaceFiles().Api("shop/list"), "XL1026");
    }

    [Fact]
    public void Two_endpoints_with_the_same_verb_and_path_in_a_group_collide()
    {
        Single(new WorkspaceFiles().Group("shop").Api("shop/a", path: "/items").Api("shop/b", path: "/items"), "XL1025");
    }

    [Fact]
    public void Records_need_an_id_unique_ids_and_known_fields()
    {
        var report = new WorkspaceFiles().Table("product", """{ "name": "id", "type": "int" }, { "name": "name", "type": "text" }""")
            .With("tables/product.records.jsonl", "{\"id\":1,\"name\":\"a\"}\n{\"name\":\"b\"}\n{\"id\":1,\"name\":\"c\"}\n{\"id\":2,\"nmae\":\"d\"}\n")
            .Validate();
        Assert.Equal(
            [("XL1040", 2), ("XL1041", 3), ("XL1042", 4)],
            report.Diagnostics.Select(d => (d.Code, d.Line)));
        Assert.Contains("did you mean 'name'?", report.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Equal(9, report.Diagnostics[2].Column);
    }

    [Fact]
    public void A_bad_records_line_does_not_stop_the_other_lines()
    {
        var report = new WorkspaceFiles().Table("product")
            .With("tables/product.records.jsonl", "{\"id\":1}\n{oops\n{\"id\":3}\n")
            .Validate();
        Assert.Equal(("XL1001", 2), (report.Diagnostics.Single().Code, report.Diagnostics.Single().Line));
        Assert.Equal(2, report.Workspace.Records["product"].Records.Count);
    }

    [Fact]
    public void Records_without_their_table_are_an_error()
    {
        Single(new WorkspaceFiles().With("tables/ghost.records.jsonl", "{\"id\":1}\n"), "XL1043");
    }

    [Fact]
    public void All_diagnostics_come_in_one_run_sorted_by_file_and_line()
    {
        var report = new WorkspaceFiles()
            .Table("zeta", """{ "name": "id", "type": "int" }, { "name": "s", "type": "enum" }""")
            .With("functions/alpha.json", "{ \"guid\": \"f1\", \"name\": \"alpha\", \"steps\": [ { \"op\": \"db.get\", \"table\": \"nope\" } ] }")
            .With("tables/broken.json", "{ nope")
            .Validate();
        Assert.Equal(["functions/alpha.json", "tables/broken.json", "tables/zeta.json"], report.Diagnostics.Select(d => d.File));
    }

    [Fact]
    public void A_reference_to_an_object_whose_file_did_not_load_is_not_reported_again()
    {
        var report = new WorkspaceFiles()
            .With("tables/category.json", "{ \"guid\": \"t-category\", ")
            .Table("product", """{ "name": "id", "type": "int" }, { "name": "category_id", "type": "int", "table": "category" }""")
            .Validate();
        Assert.Equal(["XL1001"], report.Diagnostics.Select(d => d.Code));
    }
}
