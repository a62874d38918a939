using XanoLink.Diagnostics;

namespace XanoLink.Core.Tests.Validation;

public sealed class ValidationTests
{
    private static IReadOnlyList<Diagnostic> Diagnostics(WorkspaceFiles files) => files.Validate().Diagnostics;

    private static Diagnostic Single(WorkspaceFiles files, string code) =>
        Assert.Single(Diagnostics(files), d => d.Code == code);

    [Fact]
    public void A_minimal_workspace_is_valid()
    {
        var report = new WorkspaceFiles().Table("product").Validate();
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_position_and_other_files_are_still_checked()
    {
        var files = new WorkspaceFiles()
            .With("tables/product.json", "{\n  \"guid\": \"t1\",\n  \"name\": \"product\",\n  \"fields\": [ { \"name\": \"id\" \"type\": \"int\" } ]\n}")
            .Table("category", """{ "name": "id", "type": "int" }, { "name": "status", "type": "enum" }""");
        var all = Diagnostics(files);
        var malformed = Assert.Single(all, d => d.Code == "XL1001");
        Assert.Equal(("tables/product.json", 4), (malformed.File, malformed.Line));
        Assert.Contains(all, d => d.Code == "XL1031" && d.File == "tables/category.json");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported()
    {
        var source = new WorkspaceFiles().Table("product").Source();
        var files = source.Files().ToDictionary(f => f.Path, f => f.ReadAllBytes());
        files["tables/bad.json"] = [(byte)'{', (byte)'\n', 0xC3, 0x28, (byte)'}'];
        var report = XanoLink.Validation.WorkspaceValidation.Run(new XanoLink.Files.MemoryFileSource(files));
        var d = Assert.Single(report.Diagnostics, d => d.Code == "XL1002");
        Assert.Equal(("tables/bad.json", 2, 1), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void A_name_that_does_not_match_its_path_points_at_the_name()
    {
        var d = Single(new WorkspaceFiles().With("tables/product.json", "{\n  \"guid\": \"t1\",\n  \"name\": \"products\",\n  \"fields\": [ { \"name\": \"id\", \"type\": \"int\" } ]\n}"), "XL1020");
        Assert.Equal((3, 11), (d.Line, d.Column));
        Assert.Contains("'product'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unresolved_reference_suggests_the_nearest_name()
    {
        var d = Single(new WorkspaceFiles().Table("category").Table("product", """{ "name": "id", "type": "int" }, { "name": "category_id", "type": "int", "table": "categroy" }"""), "XL1030");
        Assert.Contains("did you mean 'category'?", d.Message, StringComparison.Ordinal);
    }
}
