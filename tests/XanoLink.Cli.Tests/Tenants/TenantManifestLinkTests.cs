using XanoLink.Git.Tests.Tenants;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Tenants;

public sealed class TenantManifestLinkTests
{
    [Fact]
    public void Tenant_create_refuses_a_manifest_that_links_out_of_the_workspace_and_creates_nothing()
    {
        using var outside = new TempDirectory();
        var victim = outside.Write("victim.json", "{ \"keep\": \"me\" }\n");
        using var kit = new TenantKit();
        var files = TenantKit.SourceFiles("[]");
        files.Remove("xanolink.json");
        kit.CommitSource(files);
        File.CreateSymbolicLink(Path.Combine(kit.Source, "xanolink.json"), victim);

        var result = CliRunner.Run(kit.Source, "tenant", "create", "shop:acme", "../tenants/acme.git");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("xanolink: xanolink.json: error XL1052: refusing to write xanolink.json: it is a symbolic link", result.Error, StringComparison.Ordinal);
        Assert.Equal("{ \"keep\": \"me\" }\n", File.ReadAllText(victim));
        Assert.False(Directory.Exists(kit.Temp.Combine("tenants", "acme.git")));
    }
}
