using System.Collections.Immutable;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Every input chooser exploration uses, one per kind of decision a call meets.</summary>
public static class InputChoosers
{
    /// <summary>Keys, time, agent states, queue capacity, Lambda answers, compared values, random draws, Lex intents and the channel.</summary>
    public static ImmutableArray<IInputChooser> All { get; } =
    [
        new KeypressChooser(), new HoursChooser(), new StaffingChooser(), new QueueCapacityChooser(), new LambdaOutcomeChooser(),
        new CompareValueChooser(), new PercentageChooser(), new LexIntentChooser(), new WaitChannelChooser(),
    ];
}
