package org.openline.android.ui.blocks

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import org.openline.core.Action
import org.openline.core.Block
import org.openline.core.StepItem

/** The plan: numbered steps to tick, each with its one-tap action where it has one. */
@Composable
fun StepsBlock(block: Block.Steps, onAction: (Action) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier = modifier, verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (step in block.items) StepRow(step, onAction)
    }
}

/**
 * The whole row ticks the step: one big target, read by TalkBack as a checkbox with its state
 * ("ticked" or "not ticked") and the step's words. The step's own button sits below, outside
 * the toggle, so it is a separate target.
 */
@Composable
private fun StepRow(step: StepItem, onAction: (Action) -> Unit) {
    val colors = MaterialTheme.colorScheme
    Surface(
        shape = MaterialTheme.shapes.medium,
        color = if (step.done) colors.surfaceContainerHighest else colors.surfaceContainerLow,
    ) {
        Column {
            Row(
                modifier = Modifier
                    .fillMaxWidth()
                    .heightIn(min = 48.dp)
                    .toggleable(value = step.done, role = Role.Checkbox, onValueChange = { onAction(step.toggle) })
                    .padding(12.dp),
                verticalAlignment = Alignment.Top,
                horizontalArrangement = Arrangement.spacedBy(12.dp),
            ) {
                Checkbox(checked = step.done, onCheckedChange = null)
                Column(modifier = Modifier.weight(1f), verticalArrangement = Arrangement.spacedBy(2.dp)) {
                    Text("${step.number}. ${step.title}", style = MaterialTheme.typography.titleMedium)
                    Text(step.body, style = MaterialTheme.typography.bodyMedium, color = colors.onSurfaceVariant)
                }
            }
            step.action?.let { item ->
                ActionButton(item, onAction, Modifier.padding(start = 12.dp, end = 12.dp, bottom = 12.dp))
            }
        }
    }
}
