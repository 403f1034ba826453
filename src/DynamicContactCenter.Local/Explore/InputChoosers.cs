using System.Collections.Immutable;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Every input chooser exploration uses, one per kind of decision a call meets.</summary>
public static class InputChoosers
{
    /// <summary>Keys, time, agent states, queue capacity, Lambda answers, compared values, random draws, Lex intents, the channel, dynamic references, and faults.</summary>
    public static ImmutableArray<IInputChooser> All { get; } =
    [
        new KeypressChooser(), new HoursChooser(), new StaffingChooser(), new QueueCapacityChooser(), new LambdaOutcomeChooser(),
        new CompareValueChooser(), new PercentageChooser(), new LexIntentChooser(), new WaitChannelChooser(), new DynamicReferenceChooser(),
        // Last: a fault is the fallback for error branches no input above reaches.
        new ActionFaultChooser(),
    ];
}
