using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.XanoScript;

public sealed class ConvertCommandTests
{
    private static readonly string Example = RepositoryRoot.Combine("example-source-workspace");

    [Fact]
    public void The_example_converts_into_a_new_folder_that_validates_and_converts_back()
    {
        using var temp = new TempDirectory("xlconvert");

        var there = CliRunner.Run(temp.Path, "convert", "-w", Example, "--to", "xanoscript", "-o", "xs");
        var back = CliRunner.Run(temp.Path, "convert", "-w", "xs", "--to", "json", "-o", "json", "--format", "json");

        Assert.Equal(0, there.ExitCode);
        Assert.Equal($"Converted 34 objects from json to xanoscript: 40 files in {temp.Combine("xs")}.\n", there.Out);
        Assert.Equal(0, CliRunner.Run(temp.Path, "validate", "-w", "xs").ExitCode);
        Assert.Equal(0, back.ExitCode);
        var json = JObject.Parse(back.Out);
        Assert.Equal("xanoscript", (string?)json["from"]);
        Assert.Equal(34, (int)json["objects"]!);
        Assert.True((bool)json["converted"]!);
        Assert.Equal(File.ReadAllText(Path.Combine(Example, "apis", "orders", "create.json")), File.ReadAllText(temp.Combine("json", "apis", "orders", "create.json")));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(temp.Path), p => Path.GetFileName(p).StartsWith('.'));
    }

    [Fact]
    public void A_non_empty_folder_or_one_inside_the_workspace_is_refused_with_exit_2_and_nothing_written()
    {
        using var temp = new TempDirectory("xlconvert");
        temp.Write("busy/keep.txt", "mine");
        temp.Write("src/workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop\" }\n");
        temp.Write("src/tables/product.json", "{ \"guid\": \"t\", \"name\": \"product\", \"fields\": [ { \"name\": \"id\", \"type\": \"int\" } ] }\n");

        var busy = CliRunner.Run(temp.Path, "convert", "-w", "src", "--to", "xanoscript", "-o", "busy");
        var inside = CliRunner.Run(temp.Path, "convert", "-w", "src", "--to", "xanoscript", "-o", "src/xs");
        var over = CliRunner.Run(temp.Path, "convert", "-w", "src", "--to", "xanoscript", "-o", "src");

        Assert.All(new[] { busy, inside, over }, r => Assert.Equal(2, r.ExitCode));
        Assert.Contains("XL1162", busy.Error, StringComparison.Ordinal);
        Assert.Contains("never writes over its source", inside.Error, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(temp.Combine("busy")).Select(Path.GetFileName));
        Assert.False(Directory.Exists(temp.Combine("src", "xs")));
        Assert.False(Directory.Exists(temp.Combine("src", "table")));
    }

    [Fact]
    public void A_workspace_with_a_syntax_error_is_refused_with_exit_1_and_no_folder()
    {
        using var temp = new TempDirectory("xlconvert");
        temp.Write("src/workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop\" }\n");
        temp.Write("src/function/broken.xs", "function broken {\n  stack {\n");

        var result = CliRunner.Run(temp.Path, "convert", "-w", "src", "--to", "json", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("function/broken.xs(", result.Error, StringComparison.Ordinal);
        Assert.Contains("error XL1160", result.Error, StringComparison.Ordinal);
        Assert.Equal("Nothing written.\n", result.Out);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }
}
