using XanoLink.Cli.GitDrivers;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Git;

/// <summary>git-setup: the .gitattributes lines (one list, the template's) and the command Git is given to start xanolink.</summary>
public sealed class GitSetupTests
{
    private static readonly string TemplateAttributes = RepositoryRoot.Combine("templates", "content", "workspace", ".gitattributes");

    [Fact]
    public void A_workspace_made_from_the_template_gets_no_line_and_stays_clean()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop:source\" }");
        File.Copy(TemplateAttributes, temp.Combine(".gitattributes"));
        GitCli.InitAndCommit(temp.Path);

        var setup = CliRunner.Run(temp.Path, "git-setup");

        Assert.True(setup.ExitCode == 0, setup.Error);
        Assert.Contains(".gitattributes: already routes workspace files to xanolink", setup.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(TemplateAttributes), File.ReadAllText(temp.Combine(".gitattributes")));
        Assert.Equal("", GitCli.Run(temp.Path, "status", "--porcelain"));
    }

    [Fact]
    public void A_workspace_without_gitattributes_gets_the_templates_file()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop:source\" }");
        GitCli.Run(temp.Path, "init", "-q", "-b", "main");

        var setup = CliRunner.Run(temp.Path, "git-setup");

        Assert.True(setup.ExitCode == 0, setup.Error);
        Assert.Equal(File.ReadAllText(TemplateAttributes), File.ReadAllText(temp.Combine(".gitattributes")));
        Assert.Equal(7, GitAttributes.Json.Lines.Count);
    }

    [Fact]
    public void A_xanoscript_workspace_gets_the_lines_that_route_its_xs_files()
    {
        using var temp = new TempDirectory();
        temp.Write("branch.xs", "branch main {\n}");
        temp.Write("table/product.xs", "table product {\n  schema {\n    int id\n  }\n}");
        GitCli.Run(temp.Path, "init", "-q", "-b", "main");

        var setup = CliRunner.Run(temp.Path, "git-setup");

        Assert.True(setup.ExitCode == 0, setup.Error);
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("templates", "content", "workspace", "xanoscript", ".gitattributes")), File.ReadAllText(temp.Combine(".gitattributes")));
        Assert.Equal("merge: xanolink", GitCli.Run(temp.Path, "check-attr", "merge", "--", "table/product.xs").Trim().Split(": ", 2)[1]);
        Assert.Equal("diff: xanolink", GitCli.Run(temp.Path, "check-attr", "diff", "--", "api/shop/list_get.xs").Trim().Split(": ", 2)[1]);
    }

    [Fact]
    public void A_git_sync_repository_with_json_lines_gets_the_xanoscript_lines_it_lacks()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace/shop.xs", "workspace shop {\n}");
        temp.Write("function/calc.xs", "function calc {\n  stack {\n  }\n}");
        temp.Write(".gitattributes", "tables/**/*.json merge=xanolink diff=xanolink\n");
        GitCli.Run(temp.Path, "init", "-q", "-b", "main");

        CliRunner.Run(temp.Path, "git-setup");

        var text = File.ReadAllText(temp.Combine(".gitattributes"));
        Assert.StartsWith("tables/**/*.json merge=xanolink diff=xanolink\n", text, StringComparison.Ordinal);
        Assert.Contains("function/**/*.xs merge=xanolink diff=xanolink", text, StringComparison.Ordinal);
        Assert.Equal("merge: xanolink", GitCli.Run(temp.Path, "check-attr", "merge", "--", "function/calc.xs").Trim().Split(": ", 2)[1]);
    }

    [Fact]
    public void Lines_from_an_older_setup_are_kept_and_only_what_they_miss_is_added()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop:source\" }");
        // What git-setup wrote before: one folder deep only for tables, addons, tasks and triggers.
        var old = """
            tables/*.json merge=xanolink diff=xanolink
            tables/*.records.jsonl merge=xanolink diff=xanolink
            functions/**/*.json merge=xanolink diff=xanolink
            apis/**/*.json merge=xanolink diff=xanolink
            addons/*.json merge=xanolink diff=xanolink
            tasks/*.json merge=xanolink diff=xanolink
            triggers/*.json merge=xanolink diff=xanolink

            """;
        temp.Write(".gitattributes", old);
        GitCli.Run(temp.Path, "init", "-q", "-b", "main");

        CliRunner.Run(temp.Path, "git-setup");

        var added = File.ReadAllText(temp.Combine(".gitattributes"))[old.Length..];
        Assert.Equal(
            "tables/**/*.json merge=xanolink diff=xanolink\naddons/**/*.json merge=xanolink diff=xanolink\ntasks/**/*.json merge=xanolink diff=xanolink\n"
            + "triggers/**/*.json merge=xanolink diff=xanolink\n*.records.jsonl merge=xanolink diff=xanolink\n",
            added);
    }

    [Fact]
    public void A_later_line_that_turns_the_driver_off_is_not_taken_for_coverage()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop:source\" }");
        temp.Write(".gitattributes", File.ReadAllText(TemplateAttributes) + "tables/**/*.json -diff\n");
        GitCli.Run(temp.Path, "init", "-q", "-b", "main");

        var setup = CliRunner.Run(temp.Path, "git-setup");

        Assert.Contains("added 1 line(s)", setup.Out, StringComparison.Ordinal);
        Assert.EndsWith("tables/**/*.json -diff\ntables/**/*.json merge=xanolink diff=xanolink\n", File.ReadAllText(temp.Combine(".gitattributes")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*.records.jsonl", "tables/a/b.records.jsonl", true)]
    [InlineData("*.records.jsonl", "b.records.jsonl", true)]
    [InlineData("tables/*.json", "tables/a/b.json", false)]
    [InlineData("tables/**/*.json", "tables/b.json", true)]
    [InlineData("tables/**/*.json", "tables/a/b/c.json", true)]
    [InlineData("/tables/*.json", "tables/b.json", true)]
    [InlineData("**/*.json", "x/tables/b.json", true)]
    [InlineData("tables/**", "tables/a/b.json", true)]
    [InlineData("tables/[ab].json", "tables/b.json", true)]
    [InlineData("tables/[!ab].json", "tables/b.json", false)]
    [InlineData("*.json", "tables/b.jsonl", false)]
    public void Patterns_match_as_git_matches_them(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, new GitAttributePattern(pattern).Matches(path));
    }
}
