using XanoLink.Files;
using XanoLink.Testing;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Validation;

public sealed class FileLimitsTests
{
    [Fact]
    public void A_file_over_16_MiB_is_refused_without_being_parsed()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace.json", """{ "guid": "w", "name": "w" }""");
        var big = temp.Write("tables/big.json", "");
        using (var stream = File.OpenWrite(big))
        {
            stream.SetLength((16L * 1024 * 1024) + 1);
        }

        var report = WorkspaceValidation.Run(new FolderFileSource(temp.Path));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("XL1004", "tables/big.json"), (d.Code, d.File));
    }

    [Fact]
    public void A_symlink_leaving_the_workspace_is_refused_and_its_target_never_read()
    {
        using var outside = new TempDirectory();
        using var temp = new TempDirectory();
        var secret = Path.Combine(outside.Path, "secret.json");
        File.WriteAllText(secret, """{ "guid": "t", "name": "secret", "fields": [ { "name": "id", "type": "int" } ] }""");
        temp.Write("workspace.json", """{ "guid": "w", "name": "w" }""");
        Directory.CreateDirectory(temp.Combine("tables"));
        File.CreateSymbolicLink(temp.Combine("tables", "secret.json"), secret);

        var report = WorkspaceValidation.Run(new FolderFileSource(temp.Path));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("XL1006", "tables/secret.json"), (d.Code, d.File));
        Assert.Empty(report.Workspace.Objects);
    }

    [Fact]
    public void A_symlink_inside_the_workspace_is_followed()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace.json", """{ "guid": "w", "name": "w" }""");
        var real = temp.Write("shared/product.json", """{ "guid": "t", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""");
        Directory.CreateDirectory(temp.Combine("tables"));
        File.CreateSymbolicLink(temp.Combine("tables", "product.json"), real);

        var report = WorkspaceValidation.Run(new FolderFileSource(temp.Path));
        Assert.Empty(report.Diagnostics);
        Assert.Single(report.Workspace.Objects);
    }
}
