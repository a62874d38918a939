using XanoLink.Diagnostics;

namespace XanoLink.Core.Tests.Validation;

public sealed class ManifestValidationTests
{
    private static WorkspaceFiles Shop() => new WorkspaceFiles()
        .Table("product")
        .Table("category")
        .With("tables/product.records.jsonl", "{\"id\":1}\n{\"id\":2}\n")
        .Group("shop")
        .Api("shop/list", steps: """{ "op": "db.query", "table": "product", "as": "items" }""");

    private static Diagnostic Single(WorkspaceFiles files, string code) =>
        Assert.Single(files.Validate().Diagnostics, d => d.Code == code);

    [Fact]
    public void A_valid_manifest_selects_and_auto_includes()
    {
        var report = Shop().Manifest("""{ "include": { "apis": ["shop/*"] }, "records": { "product": [1] } }""").Validate();
        Assert.Empty(report.Diagnostics);
        Assert.Equal(["table:product", "apigroup:shop", "api:shop/list"], report.Selection!.Selected.Select(k => k.ToString()));
    }

    [Fact]
    public void An_unknown_kind_is_reported_at_its_key()
    {
        var d = Single(Shop().Manifest("{\n  \"include\": {\n    \"tabels\": \"*\"\n  }\n}"), "XL2001");
        Assert.Equal((3, 5), (d.Line, d.Column));
    }

    [Fact]
    public void A_name_or_glob_that_matches_nothing_is_reported_at_the_entry()
    {
        var report = Shop().Manifest("{\n  \"include\": {\n    \"apis\": [\"shop/*\", \"orders/*\"],\n    \"tables\": [\"prodcut\"]\n  }\n}").Validate();
        Assert.Equal([("XL2002", 3, 24), ("XL2002", 4, 16)], report.Diagnostics.Select(d => (d.Code, d.Line, d.Column)));
        Assert.Contains("did you mean 'product'?", report.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_of_a_table_outside_the_selection_are_an_error()
    {
        Single(Shop().Manifest("""{ "include": { "tables": ["category"] }, "records": { "product": "all" } }"""), "XL2003");
    }

    [Fact]
    public void A_record_id_that_does_not_exist_is_reported_at_the_id()
    {
        var d = Single(Shop().Manifest("{\n  \"include\": { \"tables\": \"*\" },\n  \"records\": { \"product\": [1, 7] }\n}"), "XL2004");
        Assert.Equal((3, 31), (d.Line, d.Column));
    }

    [Fact]
    public void Duplicate_tenant_names_are_an_error()
    {
        Single(Shop().Manifest("""{ "tenants": [ { "name": "shop:acme", "repository": "a.git" }, { "name": "shop:acme", "repository": "b.git" } ] }"""), "XL2005");
    }

    [Theory]
    [InlineData("link/{source}:{shortSha}", "':'")]
    [InlineData("link/{nope}", "unknown placeholder")]
    [InlineData("link/{source", "never closed")]
    [InlineData("link/../x", "'..'")]
    public void A_branch_template_that_cannot_make_a_git_branch_is_an_error(string template, string reason)
    {
        var d = Single(Shop().Manifest($$"""{ "publish": { "branch": "{{template}}" } }"""), "XL2006");
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dependency_with_auto_include_off_names_both_items()
    {
        var d = Single(Shop().Manifest("""{ "include": { "apis": ["shop/list"] }, "autoIncludeDependencies": false }"""), "XL2007");
        Assert.Contains("api:shop/list needs", d.Message, StringComparison.Ordinal);
    }
}
