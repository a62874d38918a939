using XanoLink.Diagnostics;

namespace XanoLink.Core.Tests.Validation;

public sealed class ShapeValidationTests
{
    private static Diagnostic Single(WorkspaceFiles files, string code) =>
        Assert.Single(files.Validate().Diagnostics, d => d.Code == code);

    [Fact]
    public void A_property_of_the_wrong_type_points_at_the_property()
    {
        var d = Single(new WorkspaceFiles().With("tables/product.json", "{\n  \"guid\": \"t1\",\n  \"name\": \"product\",\n  \"fields\": \"id\"\n}"), "XL1011");
        Assert.Equal((Severity.Error, 4, 3), (d.Severity, d.Line, d.Column));
        Assert.Contains("'fields'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_a_warning_with_a_suggestion()
    {
        var d = Single(new WorkspaceFiles().Table("product", extra: ", \"descripton\": \"x\""), "XL1012");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("did you mean 'description'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_names_it_and_shows_an_example()
    {
        var d = Single(new WorkspaceFiles().With("tables/product.json", """{ "name": "product", "fields": [ { "name": "id", "type": "int" } ] }"""), "XL1010");
        Assert.Contains("'guid'", d.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (d.Line, d.Column));
    }

    [Theory]
    [InlineData("../escape", "'.' or '..' segment")]
    [InlineData("/etc/passwd", "absolute path")]
    [InlineData("a\\\\b", "backslash")]
    [InlineData("bad\\u0001name", "control character")]
    public void An_unsafe_name_is_refused(string name, string reason)
    {
        var d = Single(new WorkspaceFiles().With("functions/f.json", $$"""{ "guid": "f1", "name": "{{name}}", "steps": [] }"""), "XL1021");
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_gives_an_unsafe_name_is_refused()
    {
        var d = Single(new WorkspaceFiles().With("functions/bad name.json", """{ "guid": "f1", "name": "bad name", "steps": [] }"""), "XL1021");
        Assert.Equal("functions/bad name.json", d.File);
    }

    [Fact]
    public void An_invalid_guid_is_refused()
    {
        Single(new WorkspaceFiles().With("tables/product.json", """{ "guid": "not a guid!", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }"""), "XL1022");
    }

    [Fact]
    public void An_enum_without_values_and_a_vector_without_size_are_errors()
    {
        var report = new WorkspaceFiles().Table("product", """{ "name": "id", "type": "int" }, { "name": "status", "type": "enum", "values": [] }, { "name": "embedding", "type": "vector" }""").Validate();
        Assert.Equal(["XL1031", "XL1032"], report.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void An_index_on_a_missing_field_suggests_the_nearest_field()
    {
        var d = Single(new WorkspaceFiles().Table("product", """{ "name": "id", "type": "int" }, { "name": "name", "type": "text" }""", extra: """, "indexes": [ { "type": "btree", "fields": ["nmae"] } ]"""), "XL1033");
        Assert.Contains("did you mean 'name'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_an_id_field_is_an_error()
    {
        Single(new WorkspaceFiles().Table("product", """{ "name": "name", "type": "text" }"""), "XL1034");
    }

    [Fact]
    public void Duplicate_field_names_are_an_error()
    {
        Single(new WorkspaceFiles().Table("product", """{ "name": "id", "type": "int" }, { "name": "id", "type": "int" }"""), "XL1024");
    }

    [Fact]
    public void An_unknown_field_type_lists_the_allowed_types()
    {
        var d = Single(new WorkspaceFiles().Table("product", """{ "name": "id", "type": "int" }, { "name": "price", "type": "decimel" }"""), "XL1013");
        Assert.Contains("did you mean 'decimal'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_without_the_object_its_op_names_is_an_error()
    {
        var d = Single(new WorkspaceFiles().Function("f", """{ "op": "db.get", "as": "x" }"""), "XL1010");
        Assert.Contains("step 1 (Get Record)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_64_levels_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70));
        var d = Single(new WorkspaceFiles().Function("f", extra: $", \"response\": {deep}"), "XL1005");
        Assert.Equal("functions/f.json", d.File);
    }

    [Fact]
    public void A_file_in_no_known_place_is_a_warning_and_other_top_level_files_are_ignored()
    {
        var report = new WorkspaceFiles().Table("product")
            .With("tables/notes.txt", "x").With("apis/loose.json", "{}").With("README.md", "# hi").With("stray.json", "{}")
            .Validate();
        Assert.All(report.Diagnostics, d => Assert.Equal(("XL1007", Severity.Warning), (d.Code, d.Severity)));
        Assert.Equal(["apis/loose.json", "stray.json", "tables/notes.txt"], report.Diagnostics.Select(d => d.File));
    }

    [Fact]
    public void A_missing_workspace_json_is_reported()
    {
        Single(new WorkspaceFiles().Without("workspace.json").Table("product"), "XL1009");
    }

    [Fact]
    public void A_byte_order_mark_is_a_warning_and_the_file_still_loads()
    {
        var report = new WorkspaceFiles().With("tables/product.json", "\uFEFF{ \"guid\": \"t1\", \"name\": \"product\", \"fields\": [ { \"name\": \"id\", \"type\": \"int\" } ] }").Validate();
        Assert.Equal("XL1003", Assert.Single(report.Diagnostics).Code);
        Assert.Single(report.Workspace.Objects);
    }
}
