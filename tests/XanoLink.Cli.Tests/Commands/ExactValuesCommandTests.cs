using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

/// <summary>Issue 9 through the commands: format, the merge driver and textconv write numbers exactly as read.</summary>
public sealed class ExactValuesCommandTests
{
    private const string Table = """{ "guid": "t-product", "name": "product", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" }, { "name": "zero", "type": "decimal" }, { "name": "tiny", "type": "decimal" } ] }""";

    private static TempDirectory Workspace(string records)
    {
        var temp = new TempDirectory();
        temp.Write("workspace.json", "{\n  \"guid\": \"ws\",\n  \"name\": \"shop:source\"\n}\n");
        temp.Write("tables/product.json", Table);
        temp.Write("tables/product.records.jsonl", records);
        return temp;
    }

    [Fact]
    public void Format_rewrites_the_layout_and_leaves_every_number_as_written()
    {
        using var temp = Workspace("{ \"price\": 1e5, \"id\": 2, \"zero\": -0, \"tiny\": 1e-400 }\n{\"id\":1,\"price\":12345678901234567890.5}\n");

        var result = CliRunner.Run(temp.Path, "format");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"id\":1,\"price\":12345678901234567890.5}\n{\"id\":2,\"price\":1e5,\"zero\":-0,\"tiny\":1e-400}\n", File.ReadAllText(temp.Combine("tables", "product.records.jsonl")));
        Assert.Equal(0, CliRunner.Run(temp.Path, "format", "--check").ExitCode);
    }

    [Fact]
    public void Format_does_not_turn_an_invalid_record_id_into_a_valid_one()
    {
        using var temp = Workspace("{\"id\":1e400,\"price\":1}\n");

        CliRunner.Run(temp.Path, "format");
        var validate = CliRunner.Run(temp.Path, "validate");

        Assert.Equal("{\"id\":1e400,\"price\":1}\n", File.ReadAllText(temp.Combine("tables", "product.records.jsonl")));
        Assert.NotEqual(0, validate.ExitCode);
        Assert.Contains("XL1040", validate.Out + validate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_leaves_a_file_with_a_number_JSON_does_not_have_untouched_and_says_why()
    {
        const string Records = "{ \"id\": 1, \"price\": 0x10 }\n";
        using var temp = Workspace(Records);

        CliRunner.Run(temp.Path, "format");
        var validate = CliRunner.Run(temp.Path, "validate");

        Assert.Equal(Records, File.ReadAllText(temp.Combine("tables", "product.records.jsonl")));
        Assert.Contains("tables/product.records.jsonl(1,21): error XL1044", validate.Out + validate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_leaves_a_records_file_with_an_unreadable_line_untouched_rather_than_drop_the_line()
    {
        const string Records = "{ \"id\": 2, \"price\": 1 }\n{ \"id\": 1, \"price\": 2,, }\n";
        using var temp = Workspace(Records);

        var result = CliRunner.Run(temp.Path, "format");

        Assert.Equal(Records, File.ReadAllText(temp.Combine("tables", "product.records.jsonl")));
        Assert.Contains("1 error(s) left files unread", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_merge_driver_keeps_the_numbers_of_a_record_the_other_side_edited()
    {
        using var temp = new TempDirectory();
        var b = temp.Write("base", "{\"id\":1,\"price\":1e400,\"zero\":-0}\n{\"id\":2,\"price\":1.000000000000000000001}\n");
        var ours = temp.Write("ours", "{\"id\":1,\"price\":1e400,\"zero\":-0,\"tiny\":1e-400}\n{\"id\":2,\"price\":1.000000000000000000001}\n");
        var theirs = temp.Write("theirs", "{\"id\":1,\"price\":1e400,\"zero\":-0}\n{\"id\":2,\"price\":12345678901234567890.5}\n");

        var result = CliRunner.Run(temp.Path, "merge-file", b, ours, theirs, "tables/product.records.jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"id\":1,\"price\":1e400,\"zero\":-0,\"tiny\":1e-400}\n{\"id\":2,\"price\":12345678901234567890.5}\n", File.ReadAllText(ours));
    }

    [Fact]
    public void Textconv_shows_numbers_as_written()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("tables/product.records.jsonl", "{\"id\":1,\"price\":1e400,\"zero\":-0,\"tiny\":1e-400}\n");

        var result = CliRunner.Run(temp.Path, "textconv", file);

        Assert.Contains("price = 1e400, zero = -0, tiny = 1e-400", result.Out, StringComparison.Ordinal);
    }
}
