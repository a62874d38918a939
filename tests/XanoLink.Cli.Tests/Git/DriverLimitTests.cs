using XanoLink.Cli.Infrastructure;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Git;

/// <summary>The git drivers and git-setup on hostile files: no file over the limit is read whole, nothing is lost, no link is written through.</summary>
public sealed class DriverLimitTests
{
    private const long OverLimit = (16L * 1024 * 1024) + 1;

    private const string Product = "{\n  \"guid\": \"t-product\",\n  \"name\": \"product\",\n  \"fields\": [\n    {\n      \"name\": \"id\",\n      \"type\": \"int\"\n    }\n  ]\n}\n";

    /// <summary>A table whose description makes the file just over 16 MiB.</summary>
    private static string Huge(string description) =>
        Product.Replace("\"fields\"", $"\"description\": \"{description}{new string('x', (int)OverLimit)}\",\n  \"fields\"", StringComparison.Ordinal);

    private static string Driver() => $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "xanolink.dll")}\" merge-file %O %A %B %P";

    [Fact]
    public void Git_merge_with_the_driver_leaves_a_side_over_16_MiB_conflicted_with_both_sides_kept()
    {
        using var temp = new TempDirectory();
        var repo = temp.Path;
        GitRepo.Init(repo);
        temp.Write("workspace.json", "{\n  \"guid\": \"ws\",\n  \"name\": \"shop:acme\"\n}\n");
        temp.Write("tables/product.json", Product);
        temp.Write(".gitattributes", "tables/*.json merge=xanolink diff=xanolink\n");
        GitRepo.Run(repo, "config", "merge.xanolink.driver", Driver());
        GitRepo.Run(repo, "add", ".");
        GitRepo.Run(repo, "commit", "-qm", "base");
        GitRepo.Run(repo, "checkout", "-qb", "huge");
        var theirs = Huge("theirs");
        temp.Write("tables/product.json", theirs);
        GitRepo.Run(repo, "commit", "-qam", "huge description");
        GitRepo.Run(repo, "checkout", "-q", "main");
        var ours = Product.Replace("\"int\"", "\"uuid\"", StringComparison.Ordinal);
        temp.Write("tables/product.json", ours);
        GitRepo.Run(repo, "commit", "-qam", "uuid id");

        var merge = GitRepo.Run(repo, "merge", "--no-edit", "-q", "huge");

        Assert.StartsWith("exit 1", merge, StringComparison.Ordinal);
        Assert.Contains("tables/product.json: error XL1004: theirs is 16,777,", merge, StringComparison.Ordinal);
        Assert.Contains("CONFLICT", merge, StringComparison.Ordinal);
        Assert.Equal(ours, File.ReadAllText(temp.Combine("tables", "product.json")));
        Assert.Equal(theirs, GitCli.Run(repo, "show", ":3:tables/product.json"));
        Assert.Equal(Product, GitCli.Run(repo, "show", ":1:tables/product.json"));
    }

    [Fact]
    public void Merge_file_refuses_any_side_over_16_MiB_without_touching_ours()
    {
        using var temp = new TempDirectory();
        var b = temp.Write("base.json", Huge("base"));
        var ours = temp.Write("ours.json", Product);
        var theirs = temp.Write("theirs.json", Product.Replace("\"int\"", "\"uuid\"", StringComparison.Ordinal));

        var result = CliRunner.Run(temp.Path, "merge-file", b, ours, theirs, "tables/product.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("tables/product.json: error XL1004: base is 16,777,", result.Error, StringComparison.Ordinal);
        Assert.Equal(Product, File.ReadAllText(ours));
    }

    [Fact]
    public void Textconv_prints_a_file_over_16_MiB_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("tables/product.json", Huge("big"));
        var bytes = new MemoryStream();
        var console = new CliConsole(new StringWriter(), new StringWriter(), Color: false, temp.Path, IsTerminal: false, Bytes: bytes);

        var code = CliApp.Run(["textconv", file], console);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllBytes(file), bytes.ToArray());
        Assert.Equal("", console.Out.ToString());
    }

    [Fact]
    public void Textconv_prints_a_file_that_is_not_utf8_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("product.json");
        byte[] latin1 = [.. "{ \"name\": \"caf"u8, 0xE9, .. "\" "u8];
        File.WriteAllBytes(file, latin1);
        var bytes = new MemoryStream();
        var console = new CliConsole(new StringWriter(), new StringWriter(), Color: false, temp.Path, IsTerminal: false, Bytes: bytes);

        Assert.Equal(0, CliApp.Run(["textconv", file], console));

        Assert.Equal(latin1, bytes.ToArray());
    }

    [Fact]
    public void Git_setup_refuses_a_gitattributes_that_links_out_of_the_workspace_and_changes_nothing()
    {
        using var outside = new TempDirectory();
        var victim = outside.Write("victim", "keep me\n");
        using var temp = new TempDirectory();
        GitRepo.Init(temp.Path);
        temp.Write("workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop:source\" }");
        File.CreateSymbolicLink(temp.Combine(".gitattributes"), victim);

        var result = CliRunner.Run(temp.Path, "git-setup");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("xanolink: .gitattributes: error XL1052: refusing to write .gitattributes: it is a symbolic link", result.Error, StringComparison.Ordinal);
        Assert.Equal("keep me\n", File.ReadAllText(victim));
        Assert.StartsWith("exit 1", GitRepo.Run(temp.Path, "config", "merge.xanolink.driver"), StringComparison.Ordinal);
    }
}
