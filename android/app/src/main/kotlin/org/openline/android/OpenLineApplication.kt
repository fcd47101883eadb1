package org.openline.android

import android.app.Application
import java.io.File

/**
 * Holds the core for the life of the process, shared by every activity recreation. Its data
 * stays in noBackupFilesDir, which no backup ever reads.
 */
class OpenLineApplication : Application() {
    val core: CoreRepository by lazy {
        CoreRepository { CoreRepository.deviceConfig(File(noBackupFilesDir, "openline"), BuildConfig.UPDATE_URL) }
    }
}
