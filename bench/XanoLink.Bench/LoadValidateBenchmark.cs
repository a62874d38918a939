using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using XanoLink.Bench.Generation;
using XanoLink.Files;
using XanoLink.Validation;

namespace XanoLink.Bench;

/// <summary>BenchmarkDotNet's view of load + validate from memory at 1,000 objects, for a statistically careful number.</summary>
[MemoryDiagnoser]
public class LoadValidateBenchmark
{
    private MemoryFileSource source = null!;

    [GlobalSetup]
    public void Setup() => source = new MemoryFileSource(WorkspaceGenerator.Generate(1_000, 1));

    [Benchmark]
    public ValidationReport LoadAndValidate() => WorkspaceValidation.Run(source);
}

internal static class BdnCommand
{
    public static int Run(string[] args)
    {
        BenchmarkRunner.Run<LoadValidateBenchmark>(args: args);
        return 0;
    }
}
