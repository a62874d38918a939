using XanoLink.Bench;

return args.FirstOrDefault() switch
{
    "generate" => GenerateCommand.Run(new Arguments(args.Skip(1))),
    "run" => RunCommand.Run(new Arguments(args.Skip(1))),
    "profile" => ProfileCommand.Run(new Arguments(args.Skip(1))),
    "diff" => args.Contains("--profile") ? DiffProfile.Run(new Arguments(args.Skip(1))) : DiffCommand.Run(new Arguments(args.Skip(1))),
    "publish" => PublishBench.Run(new Arguments(args.Skip(1))),
    "bdn" => BdnCommand.Run(args.Skip(1).ToArray()),
    "xs" => XanoScriptCommand.Run(new Arguments(args.Skip(1))),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: XanoLink.Bench generate --objects N [--seed S] --out DIR
               XanoLink.Bench run [--sizes 1000,10000,50000] [--seed S] [--warmup W] [--reps R]
               XanoLink.Bench profile [--objects N] [--seed S]     (Stopwatch sections of load + validate)
               XanoLink.Bench diff [--sizes 10000,50000] [--changes 10,5000] [--seed S] [--warmup W] [--reps R] [--loose] [--cli PATH/xanolink.dll]
               XanoLink.Bench diff --profile [--objects N] [--changes K] [--loose]   (Stopwatch sections of one diff)
               XanoLink.Bench publish [--objects 2000] [--tenants 20] [--parallel 2] [--change 5] [--git-tenants N] [--seed S] [--cli PATH/xanolink.dll] [--keep]
               XanoLink.Bench bdn [BenchmarkDotNet arguments]      (load + validate of 1,000 objects)
               XanoLink.Bench xs [--sizes 10000] [--seed S] [--warmup W] [--reps R]   (XanoScript read and write)
        """);
    return 2;
}
